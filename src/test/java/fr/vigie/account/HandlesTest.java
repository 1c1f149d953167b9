package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: network | what people write | stored handle | canonical URL | platform id (if revealed). */
class HandlesTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            facebook  | https://www.facebook.com/VilleDeMarseille/?ref=bookmarks     | villedemarseille   | https://www.facebook.com/villedemarseille           | -
            facebook  | http://fb.com/villedemarseille                                | villedemarseille   | https://www.facebook.com/villedemarseille           | -
            facebook  | m.facebook.com/ville.de.lyon/about                            | ville.de.lyon      | https://www.facebook.com/ville.de.lyon              | -
            facebook  | https://fr-fr.facebook.com/pg/mairiedenice/posts/             | mairiedenice       | https://www.facebook.com/mairiedenice               | -
            facebook  | https://www.facebook.com/profile.php?id=100064526012345&sk=about | 100064526012345 | https://www.facebook.com/profile.php?id=100064526012345 | 100064526012345
            facebook  | https://www.facebook.com/pages/Mairie-de-Trifouillis/123456789012 | 123456789012  | https://www.facebook.com/profile.php?id=123456789012 | 123456789012
            facebook  | https://www.facebook.com/people/Commune-de-Saint-Jean/100089123456789/ | 100089123456789 | https://www.facebook.com/profile.php?id=100089123456789 | 100089123456789
            facebook  | facebook.com/Mairie-de-Sainte-Anne-298765432101               | 298765432101       | https://www.facebook.com/profile.php?id=298765432101 | 298765432101
            facebook  | @villedemarseille                                             | villedemarseille   | https://www.facebook.com/villedemarseille           | -
            instagram | https://www.instagram.com/Marseille/?hl=fr&utm_source=ig     | marseille          | https://www.instagram.com/marseille                 | -
            instagram | @ville_de.lyon                                                | ville_de.lyon      | https://www.instagram.com/ville_de.lyon             | -
            instagram | instagram.com/paris                                           | paris              | https://www.instagram.com/paris                     | -
            x         | https://twitter.com/Marseille?lang=fr                         | marseille          | https://x.com/marseille                             | -
            x         | https://x.com/Lyon_Officiel/                                  | lyon_officiel      | https://x.com/lyon_officiel                         | -
            x         | mobile.twitter.com/paris/media                                | paris              | https://x.com/paris                                 | -
            x         | @Paris                                                        | paris              | https://x.com/paris                                 | -
            youtube   | https://www.youtube.com/@VilleDeMarseille/videos              | villedemarseille   | https://www.youtube.com/@villedemarseille           | -
            youtube   | https://youtube.com/channel/UCabcdefghijklmnopqrstuV          | channel/UCabcdefghijklmnopqrstuV | https://www.youtube.com/channel/UCabcdefghijklmnopqrstuV | UCabcdefghijklmnopqrstuV
            youtube   | UCabcdefghijklmnopqrstuV                                      | channel/UCabcdefghijklmnopqrstuV | https://www.youtube.com/channel/UCabcdefghijklmnopqrstuV | UCabcdefghijklmnopqrstuV
            youtube   | https://www.youtube.com/c/VilledeLyon                         | c/villedelyon      | https://www.youtube.com/c/villedelyon               | -
            youtube   | m.youtube.com/user/mairiedeparis?feature=share                | user/mairiedeparis | https://www.youtube.com/user/mairiedeparis          | -
            youtube   | https://www.youtube.com/VilledeNantes                         | c/villedenantes    | https://www.youtube.com/c/villedenantes             | -
            youtube   | @lyon                                                         | lyon               | https://www.youtube.com/@lyon                       | -
            youtube   | c/villedelyon                                                 | c/villedelyon      | https://www.youtube.com/c/villedelyon               | -
            linkedin  | https://www.linkedin.com/company/ville-de-marseille/          | company/ville-de-marseille | https://www.linkedin.com/company/ville-de-marseille | -
            linkedin  | fr.linkedin.com/company/Region-Sud/posts/?feedView=all        | company/region-sud | https://www.linkedin.com/company/region-sud         | -
            linkedin  | https://www.linkedin.com/school/universite-de-lyon            | school/universite-de-lyon | https://www.linkedin.com/school/universite-de-lyon | -
            linkedin  | linkedin.com/showcase/lyon-french-tech                        | showcase/lyon-french-tech | https://www.linkedin.com/showcase/lyon-french-tech | -
            linkedin  | ville-de-lyon                                                 | company/ville-de-lyon | https://www.linkedin.com/company/ville-de-lyon   | -
            tiktok    | https://www.tiktok.com/@VilleDeParis?lang=fr                  | villedeparis       | https://www.tiktok.com/@villedeparis                | -
            tiktok    | @nice.cote.azur                                               | nice.cote.azur     | https://www.tiktok.com/@nice.cote.azur              | -
            bluesky   | https://bsky.app/profile/Grenoble.fr                          | grenoble.fr        | https://bsky.app/profile/grenoble.fr                | -
            bluesky   | @ville-de-lyon.bsky.social                                    | ville-de-lyon.bsky.social | https://bsky.app/profile/ville-de-lyon.bsky.social | -
            bluesky   | bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx             | did:plc:abcdefghijklmnopqrstuvwx | https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx | did:plc:abcdefghijklmnopqrstuvwx
            mastodon  | @Grenoble@Mastodon.Social                                     | grenoble@mastodon.social | https://mastodon.social/@grenoble             | -
            mastodon  | https://social.numerique.gouv.fr/@Mairie_Test/                | mairie_test@social.numerique.gouv.fr | https://social.numerique.gouv.fr/@mairie_test | -
            mastodon  | mastodon.social/users/strasbourg                              | strasbourg@mastodon.social | https://mastodon.social/@strasbourg         | -
            mastodon  | https://piaille.fr/@ville@mastodon.social                     | ville@mastodon.social | https://mastodon.social/@ville                   | -
            threads   | https://www.threads.net/@Marseille                            | marseille          | https://www.threads.com/@marseille                  | -
            threads   | threads.com/@ville.de.lyon?igshid=abc                         | ville.de.lyon      | https://www.threads.com/@ville.de.lyon              | -
            threads   | @paris                                                        | paris              | https://www.threads.com/@paris                      | -
            """)
    void normalisesEveryFormPeopleWrite(String network, String input, String handle, String url, String platformId) {
        var check = Handles.normalise(Network.parse(network).orElseThrow(), input);
        assertThat(check).isInstanceOf(ProfileHandle.class);
        var normalised = (ProfileHandle) check;
        assertThat(normalised.handle()).isEqualTo(handle);
        assertThat(normalised.url()).isEqualTo(url);
        assertThat(normalised.platformId()).isEqualTo(platformId);
    }

    @ParameterizedTest(name = "{0} {1} is malformed")
    @CsvSource(delimiter = '|', textBlock = """
            facebook  | https://www.facebook.com/groups/123456                | a group
            facebook  | https://www.facebook.com/ville/posts/pfbid0abc        | a post
            facebook  | https://www.facebook.com/profile.php?id=abc           | numeric id
            facebook  | vil                                                   | 5 to 50
            facebook  | https://www.instagram.com/marseille                   | check the network column
            instagram | https://www.instagram.com/p/Cx1abc/                   | a post, reel or story
            instagram | ville..lyon                                           | '..'
            instagram | .lyon                                                 | '.'
            instagram | ville-de-lyon                                         | 1 to 30
            instagram | a234567890123456789012345678901                       | 1 to 30
            x         | https://x.com/marseille/status/1790000000000000000   | a post
            x         | marseille_officiel                                    | 1 to 15
            x         | https://x.com/search?q=lyon                           | a page of X
            youtube   | https://www.youtube.com/watch?v=dQw4w9WgXcQ           | a video
            youtube   | https://youtu.be/dQw4w9WgXcQ                          | a video
            youtube   | https://www.youtube.com/channel/UCshort               | channel id
            youtube   | @ab                                                   | 3 to 30
            linkedin  | https://www.linkedin.com/in/jean-dupont               | personal profile
            linkedin  | https://www.linkedin.com/feed/                        | company/<slug>
            tiktok    | https://www.tiktok.com/@ville/video/7300000000000000000 | a video
            tiktok    | https://vm.tiktok.com/ZMabc/                          | short share link
            tiktok    | tiktok.com/ville                                      | tiktok.com/@user
            tiktok    | ville.                                                | does not end
            bluesky   | ville                                                 | domain name
            bluesky   | https://bsky.app/profile/ville.bsky.social/post/3k    | a post
            bluesky   | did:plc:tooshort                                      | did:plc
            bluesky   | ville.123                                             | starts with a letter
            mastodon  | @grenoble                                             | needs its instance
            mastodon  | https://mastodon.social/@grenoble/111222333           | a post
            mastodon  | gre noble@mastodon.social                             | spaces
            mastodon  | grenoble@localhost                                    | no dot
            threads   | https://www.threads.net/marseille                     | threads.com/@user
            threads   | https://www.threads.net/@marseille/post/C1abc         | a post
            instagram | ' '                                                   | empty
            """)
    void explainsWhyAHandleIsMalformed(String network, String input, String reasonPart) {
        var check = Handles.normalise(Network.parse(network).orElseThrow(), input);
        assertThat(check).isInstanceOf(MalformedHandle.class);
        assertThat(((MalformedHandle) check).reason()).contains(reasonPart);
    }

    @ParameterizedTest(name = "{0} {1} round-trips")
    @CsvSource(delimiter = '|', textBlock = """
            youtube  | channel/UCabcdefghijklmnopqrstuV
            youtube  | user/mairiedeparis
            linkedin | school/universite-de-lyon
            mastodon | grenoble@mastodon.social
            bluesky  | did:plc:abcdefghijklmnopqrstuvwx
            facebook | 100064526012345
            """)
    void readsBackEveryStoredHandleUnchanged(String network, String stored) {
        var check = Handles.normalise(Network.parse(network).orElseThrow(), stored);
        assertThat(check.orThrow().handle()).isEqualTo(stored);
    }

    @org.junit.jupiter.api.Test
    void orThrowNamesTheNetworkInputAndReason() {
        assertThatThrownBy(() -> Handles.normalise(Network.X, "beaucoup_trop_long_pour_x")
                        .orThrow())
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("malformed x handle 'beaucoup_trop_long_pour_x'")
                .hasMessageContaining("1 to 15");
    }
}
