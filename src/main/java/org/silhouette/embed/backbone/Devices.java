package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Picks the device for the forward pass: the first GPU when DJL finds CUDA, the CPU otherwise.
 * {@code -Dsilhouette.device=cpu} forces the CPU. The choice is logged once per process.
 */
public final class Devices {
    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private Devices() {
    }

    /**
     * Gives PyTorch half the cores (at least one) unless the user set {@code ai.djl.pytorch.num_threads}.
     * PyTorch's default, one OpenMP thread per core, spin-waits when decoding threads, the UI or other
     * processes share those cores: on a busy 2-core machine one thread ran MobileNetV2 4-6× faster
     * than two. Effective only before the engine starts, so call it early; {@link #preferred} does.
     */
    public static void configureEngineThreads() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        }
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }

    public static Device preferred() {
        configureEngineThreads();
        String forced = System.getProperty("silhouette.device", "").strip().toLowerCase(Locale.ROOT);
        int gpus = forced.equals("cpu") ? 0 : Engine.getEngine("PyTorch").getGpuCount();
        Device device = gpus > 0 ? Device.gpu() : Device.cpu();
        if (ANNOUNCED.compareAndSet(false, true)) {
            LOG.info(gpus > 0 ? "Backbone device: GPU 0 (CUDA, {} found)" : "Backbone device: CPU{}",
                    gpus > 0 ? gpus : forced.equals("cpu") ? " (forced by silhouette.device=cpu)" : " (no CUDA GPU found)");
        }
        return device;
    }

    public static String describe(Device device) {
        return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
    }
}
