package dev.sluice.deploy.client;

/** A background subscription to job events; closing it ends the stream. */
public interface EventSubscription extends AutoCloseable {

    /** A subscription that never delivers, for when the stream cannot be had. */
    EventSubscription NONE = new EventSubscription() {
        @Override
        public boolean live() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** True while the stream is connected and events would arrive. */
    boolean live();

    @Override
    void close();
}
