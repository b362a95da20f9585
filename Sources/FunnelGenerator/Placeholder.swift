public enum FunnelGeneratorPlaceholder {}
