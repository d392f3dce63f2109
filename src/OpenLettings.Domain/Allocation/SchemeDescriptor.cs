using System.Collections.Immutable;

namespace OpenLettings.Domain.Allocation;

/// <summary>One tunable option of a scheme: its name, its default and where the default comes from.</summary>
public sealed record OptionDescriptor(string Name, string DefaultValue, string Description, string Citation);

/// <summary>What a scheme is: its id (as used by <c>--scheme</c>), name, source document and options.</summary>
public sealed record SchemeDescriptor(string Id, string Name, string Source, string Summary)
{
    public ImmutableArray<OptionDescriptor> Options { get; init; } = [];
}
