using System.Collections.Immutable;

namespace OpenLettings.Domain.Explanations;

/// <summary>A fact a rule used, by name and value, as shown to an officer (e.g. <c>arrears = £620.00</c>).</summary>
public sealed record Fact(string Name, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value}";
}

/// <summary>
/// One step of an explanation: the rule applied (a stable id such as <c>DHC.BSD.RevertWithin56Days</c>),
/// the seed section it comes from, a plain-English sentence an applicant can read, and the facts it used.
/// </summary>
public sealed record Reason(string RuleId, Citation Citation, string Text)
{
    /// <summary>The facts the rule used.</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];

    /// <summary>Returns a copy with the given facts added.</summary>
    public Reason With(params Fact[] facts) => this with { Facts = Facts.AddRange(facts) };

    /// <inheritdoc />
    public override string ToString() => $"[{Citation}] {Text}";
}

/// <summary>An outcome together with the reasons that produced it, in the order they were applied.</summary>
public sealed record Decision<TOutcome>(TOutcome Outcome, ImmutableArray<Reason> Reasons);
