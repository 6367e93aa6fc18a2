package demo.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/** The token store, in memory. */
@Repository
public class InMemoryTokenDao implements TokenDao {

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    @Override
    public void save(Token token) {
        tokens.put(token.id(), token);
    }

    @Override
    public Optional<Token> find(String id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public boolean delete(String id) {
        return tokens.remove(id) != null;
    }
}
