package demo.identity;

import java.util.Optional;

/** The existing token store. */
public interface TokenDao {
    void save(Token token);

    Optional<Token> find(String id);

    /** Removes the token; false when there was none. */
    boolean delete(String id);
}
