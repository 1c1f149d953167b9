package fr.vigie.web.member;

import fr.vigie.member.Member;
import fr.vigie.web.Frame;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model of the administrator's users page (src/main/jte/member/users.jte).
 *
 * @param roles the role ids a form may choose
 * @param error what went wrong with the last form, null when nothing did
 */
public record UsersPage(
        Frame frame,
        List<Member> users,
        List<String> roles,
        @Nullable String error) {}
