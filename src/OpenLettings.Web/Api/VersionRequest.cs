namespace OpenLettings.Web.Api;

/// <summary>A change that takes only the version read (submit, assess, acknowledge or withdraw a review, shortlist, accept).</summary>
public sealed record VersionRequest(long? Version = null);
