package dev.byline.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the app signs with, kept in the database so every instance uses the same one and
 * tokens outlive a restart. The first instance to need a key creates it; racing instances
 * agree on whichever insert won. Keys never change, so each instance reads one once.
 */
@ApplicationScoped
public class ServerKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    public byte[] get(String name) {
        byte[] key = cache.get(name);
        if (key == null) {
            key = load(name);
            cache.putIfAbsent(name, key);
        }
        return key.clone();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] load(String name) {
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT INTO server_keys (name, secret) VALUES (:name, :secret) ON CONFLICT DO NOTHING")
                .setParameter("name", name)
                .setParameter("secret", fresh)
                .executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT secret FROM server_keys WHERE name = :name")
                .setParameter("name", name)
                .getSingleResult();
    }
}
