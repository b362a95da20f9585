public enum FunnelDomainPlaceholder {}
