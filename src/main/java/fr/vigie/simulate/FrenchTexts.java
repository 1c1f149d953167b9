package fr.vigie.simulate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * French texts from templates: official posts by topic, citizens' comments and questions, the
 * account's answers, citizens' posts. {n} is the territory's name, {l} a place, {j} a day, {h} an hour.
 */
final class FrenchTexts {
    /** A topic of official posts: its hashtag and its templates. */
    record Topic(String tag, String[] templates) {}

    static final Topic[] TOPICS = {
        new Topic("evenement", new String[] {
            "🎉 Ne manquez pas la grande fête de {n} {j} à partir de {h} ! Programme complet sur notre site.",
            "Ce week-end à {n} : marché nocturne, concerts et animations pour toute la famille.",
            "Save the date : le forum des associations se tiendra {j} au {l}."
        }),
        new Topic("travaux", new String[] {
            "🚧 Travaux : la circulation sera alternée {j} près du {l}. Merci de votre compréhension.",
            "Les travaux de rénovation du {l} avancent : livraison prévue au printemps.",
            "Info travaux : coupure d'eau {j} de {h} à 17 h dans le centre de {n}."
        }),
        new Topic("culture", new String[] {
            "📚 Nouvelle exposition au {l} jusqu'à la fin du mois. Entrée libre !",
            "Ce soir à {h}, concert gratuit au {l}. Venez nombreux !",
            "Journées du patrimoine à {n} : visites guidées et ateliers {j}."
        }),
        new Topic("sport", new String[] {
            "⚽ Bravo aux jeunes du club de {n} pour leur victoire ce week-end !",
            "La course solidaire de {n} revient {j} : inscriptions ouvertes.",
            "Le {l} rouvre ses portes après rénovation. Horaires sur notre site."
        }),
        new Topic("meteo", new String[] {
            "⚠️ Vigilance orange orages {j} : restez prudents et limitez vos déplacements.",
            "Canicule : une salle rafraîchie est ouverte au {l} de {h} à 18 h.",
            "Vent violent annoncé : les parcs et jardins de {n} seront fermés {j}."
        }),
        new Topic("conseil", new String[] {
            "🏛️ La séance publique du conseil se tiendra {j} à {h}, retransmise en direct.",
            "Budget participatif de {n} : votez pour vos projets préférés jusqu'au {j} !",
            "Retrouvez le compte rendu de la dernière séance du conseil sur notre site."
        }),
        new Topic("emploi", new String[] {
            "💼 {n} recrute des animateurs pour l'été. Candidatures jusqu'au {j}.",
            "Forum de l'emploi {j} au {l} : plus de 50 entreprises présentes.",
            "Job dating saisonnier {j} de {h} à 17 h au {l}."
        }),
        new Topic("environnement", new String[] {
            "🌳 Opération « {n} propre » {j} : rendez-vous à {h} devant le {l}.",
            "Collecte des encombrants : les nouveaux horaires sont en ligne.",
            "200 arbres plantés cet hiver à {n} : merci aux bénévoles !"
        }),
        new Topic("solidarite", new String[] {
            "Collecte de denrées {j} au {l} au profit des Restos du cœur.",
            "Plan grand froid : numéros d'urgence et lieux d'accueil de {n} sur notre site."
        }),
        new Topic("jeunesse", new String[] {
            "Inscriptions aux accueils de loisirs pour les vacances : c'est parti !",
            "Le conseil des jeunes de {n} présente ses projets {j} au {l}."
        })
    };

    private static final String[] PLACES = {
        "gymnase",
        "parc municipal",
        "marché couvert",
        "stade",
        "théâtre",
        "centre culturel",
        "jardin public",
        "complexe sportif",
        "musée",
        "kiosque"
    };
    private static final String[] HOURS = {"9 h", "10 h", "14 h", "18 h", "18 h 30", "20 h"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final java.util.Map<LocalDate, String> DAY_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String[] QUESTIONS = {
        "À quelle heure ça commence ?",
        "Quand est-ce que les travaux seront terminés ?",
        "C'est gratuit ?",
        "Où peut-on s'inscrire ?",
        "Est-ce que c'est maintenu s'il pleut ?",
        "Quand aura lieu la prochaine édition ?",
        "À quelle heure ouvre la déchetterie samedi ?",
        "Y a-t-il un parking à proximité ?",
        "Est-ce accessible aux personnes à mobilité réduite ?"
    };
    private static final String[] REMARKS = {
        "Bravo à toutes les équipes 👏", "Superbe ! ❤️", "Merci pour l'info", "Enfin !", "Encore des travaux…",
        "Magnifique {n} 😍", "Dommage que ce soit en semaine", "Top, on y sera !", "Il serait temps…", "Merci 🙏"
    };
    private static final String[] ANSWERS = {
        "cela commence à 14 h.",
        "l'entrée est libre et gratuite.",
        "les inscriptions se font en ligne sur notre site.",
        "oui, un parking gratuit se trouve à proximité.",
        "oui, c'est maintenu, sous abri en cas de pluie.",
        "les travaux doivent se terminer à la fin du mois.",
        "nous transmettons votre question au service concerné."
    };
    private static final String[] PEER_REPLIES = {
        "Merci pour le relais !", "Bravo pour cette belle initiative 👏", "Merci, on partage !", "Belle collaboration !"
    };
    private static final String[] CITIZEN_POSTS = {
        "Coucher de soleil sur {n} 🌅", "Balade du dimanche à {n}", "Le marché de {n} ce matin",
        "Toujours aussi beau, {n} ❤️", "Vue depuis les hauteurs de {n}", "Premier café en terrasse à {n} ☕",
        "Les couleurs de l'automne à {n} 🍂", "Brume matinale sur {n}"
    };
    static final String[] CITIZEN_TAGS = {"photo", "sunset", "nature", "patrimoine", "balade", "france", "travel"};

    private FrenchTexts() {}

    static String post(Topic topic, String name, LocalDate day, RandomGenerator random) {
        String template = topic.templates()[random.nextInt(topic.templates().length)];
        String text = fill(template, name, random);
        if (text.contains("{j}")) {
            text = text.replace("{j}", DAY_LABELS.computeIfAbsent(day.plusDays(1 + random.nextInt(10)), DAY::format));
        }
        return text.contains("{h}") ? text.replace("{h}", HOURS[random.nextInt(HOURS.length)]) : text;
    }

    static String comment(boolean question, String name, RandomGenerator random) {
        return question ? pick(QUESTIONS, random) : fill(pick(REMARKS, random), name, random);
    }

    static String answer(RandomGenerator random) {
        return "Bonjour, " + pick(ANSWERS, random) + " Bonne journée !";
    }

    static String peerReply(RandomGenerator random) {
        return pick(PEER_REPLIES, random);
    }

    static String citizenPost(String name, RandomGenerator random) {
        return fill(pick(CITIZEN_POSTS, random), name, random);
    }

    private static String fill(String template, String name, RandomGenerator random) {
        String text = template.replace("{n}", name);
        return text.contains("{l}") ? text.replace("{l}", pick(PLACES, random)) : text;
    }

    private static String pick(String[] values, RandomGenerator random) {
        return values[random.nextInt(values.length)];
    }
}
