package demo.identity;

import java.util.Optional;

/** Keystone's token provider: issues, validates and revokes tokens. Implemented in Python. */
public interface TokenDriver {
    /** A new token for {@code user}, scoped to {@code projectName} or the user's default project. */
    Optional<Token> issue(User user, String projectName);

    /** The token, if it exists and has not expired. */
    Optional<Token> validate(String tokenId);

    /** Revokes the token; false when there was no valid token of that id. */
    boolean revoke(String tokenId);
}
