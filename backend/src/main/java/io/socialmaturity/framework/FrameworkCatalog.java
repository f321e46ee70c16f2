package io.socialmaturity.framework;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.framework.definition.LoadedFramework;
import io.socialmaturity.platform.errors.InvalidException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framework feature's public face. At start-up every framework file in {@code maturity.frameworks} is
 * loaded and validated (an invalid file stops the start with the file and place named) and published: a
 * new (key, version) is stored; an existing one must have the same content hash, otherwise the start is
 * refused, because a published version can never change (a changed definition needs a new version).
 * Published versions are read back from the database, so assessments keep the version they pinned even
 * after the file is gone.
 *
 * <p>Several replicas may start at once and publish the same version at the same moment: the unique key
 * (framework_key, version) lets exactly one insert win; the others read the winner back and check its hash.
 */
@Singleton
public class FrameworkCatalog {

    /** The built-in short framework run between full assessments (frameworks/collaboration-pulse). */
    public static final String PULSE_FRAMEWORK = "collaboration-pulse";

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCatalog.class);

    private final FrameworkVersionRepository repository;
    private final List<String> files;
    private final Clock clock;
    private final FrameworkLoader loader = new FrameworkLoader();
    private final Map<Long, PublishedFramework> byId = new ConcurrentHashMap<>();

    FrameworkCatalog(FrameworkVersionRepository repository, FrameworkFiles files, Clock clock) {
        this.repository = repository;
        this.files = List.copyOf(files.frameworks());
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        files.forEach(this::publishFile);
    }

    /** Validates and publishes one framework file; returns the published version. */
    public PublishedFramework publishFile(String resource) {
        LoadedFramework loaded = loader.loadResource(resource);
        return publish(loaded);
    }

    /**
     * Not one transaction on purpose: the read, the insert and the read after a lost race each run on their
     * own, so the insert that loses to another replica's (duplicate key) leaves nothing to roll back.
     */
    PublishedFramework publish(LoadedFramework loaded) {
        String key = loaded.definition().key();
        int version = loaded.definition().version();
        Optional<FrameworkVersionRecord> existing = repository.findByFrameworkKeyAndVersion(key, version);
        if (existing.isPresent()) {
            return samePublished(loaded, existing.get());
        }
        try {
            FrameworkVersionRecord saved = repository.save(new FrameworkVersionRecord(
                    null, key, version, loaded.sha256(), loaded.canonicalJson(), Instant.now(clock)));
            LOG.info("Published framework {} version {} ({})", key, version, loaded.file());
            return toPublished(saved);
        } catch (DataAccessException e) {
            // Another replica published the same (key, version) between our read and our insert.
            FrameworkVersionRecord winner =
                    repository.findByFrameworkKeyAndVersion(key, version).orElseThrow(() -> e);
            LOG.info("Framework {} version {} was published by another replica at the same time", key, version);
            return samePublished(loaded, winner);
        }
    }

    private PublishedFramework samePublished(LoadedFramework loaded, FrameworkVersionRecord existing) {
        if (!existing.contentHash().equals(loaded.sha256())) {
            throw new IllegalStateException(loaded.file() + ": framework '" + existing.frameworkKey() + "' version "
                    + existing.version() + " is already published with different content (hash "
                    + existing.contentHash()
                    + "); a published version never changes: give the changed definition a new version number");
        }
        return toPublished(existing);
    }

    public PublishedFramework byId(long id) {
        PublishedFramework cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        return repository
                .findById(id)
                .map(this::toPublished)
                .orElseThrow(() -> new IllegalStateException("framework version " + id + " is missing"));
    }

    public Optional<PublishedFramework> find(String key, int version) {
        return repository.findByFrameworkKeyAndVersion(key, version).map(this::toPublished);
    }

    /** The newest published version of a framework. */
    public Optional<PublishedFramework> latest(String key) {
        return all().stream()
                .filter(f -> f.key().equals(key))
                .max(Comparator.comparingInt(PublishedFramework::version));
    }

    public List<PublishedFramework> all() {
        return repository.findAllOrderByFrameworkKeyAscAndVersionAsc().stream()
                .map(this::toPublished)
                .toList();
    }

    public PublishedFramework require(String key, Integer version) {
        Optional<PublishedFramework> found = version == null ? latest(key) : find(key, version);
        return found.orElseThrow(() -> version == null
                ? InvalidException.field("frameworkKey", "violation.no-framework", key)
                : InvalidException.field("frameworkVersion", "violation.no-framework-version", key, version));
    }

    private PublishedFramework toPublished(FrameworkVersionRecord record) {
        return byId.computeIfAbsent(record.id(), id -> {
            LoadedFramework loaded = loader.load("db:framework_version/" + id, record.definition());
            return new PublishedFramework(
                    id, record.frameworkKey(), record.version(), record.contentHash(), loaded.definition());
        });
    }
}
