package fr.vigie.web.member;

import fr.vigie.web.Frame;
import org.jspecify.annotations.Nullable;

/**
 * The model of the sign-in form (src/main/jte/member/signin.jte).
 *
 * @param csrf the pre-session token, also in the sign-in cookie
 * @param email as typed before, to keep it in the field
 * @param error why the previous try failed, null on the first display
 */
public record SignInPage(
        Frame frame, String csrf, String email, @Nullable String error) {}
