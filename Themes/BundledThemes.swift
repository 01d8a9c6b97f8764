import Foundation

/// The themes shipped with Podium, copied into the build as resources.
public enum BundledThemes {
    public static var directory: URL? { Bundle.module.resourceURL }
}
