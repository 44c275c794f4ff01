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

    public static Device preferred() {
        String forced = System.getProperty("silhouette.device", "").strip().toLowerCase(Locale.ROOT);
        int gpus = forced.equals("cpu") ? 0 : Engine.getEngine("PyTorch").getGpuCount();
        Device device = gpus > 0 ? Device.gpu() : Device.cpu();
        if (ANNOUNCED.compareAndSet(false, true)) {
            LOG.info(gpus > 0 ? "Backbone device: GPU 0 (CUDA, {} found)" : "Backbone device: CPU{}",
                    gpus > 0 ? gpus : forced.equals("cpu") ? " (forced by silhouette.device=cpu)" : " (no CUDA GPU found)");
        }
        return device;
    }

    static String describe(Device device) {
        return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
    }
}
