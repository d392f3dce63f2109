using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>The state a criterion adds to: the needs found, notes on criteria not met, and hints.</summary>
internal sealed class NeedFindings
{
    public List<NeedCandidate> Needs { get; } = [];

    /// <summary>Why a criterion that was looked at did not give a band.</summary>
    public List<Reason> Notes { get; } = [];

    public List<string> Hints { get; } = [];

    public void Add(NeedCandidate need) => Needs.Add(need);
}

/// <summary>
/// Each Housing Need Criterion of Bands A-E (001 §17-§41), applied to the application on its own. The
/// criteria are combined by <see cref="DevonBanding"/>. The order here is the order of precedence between
/// needs in the same band (001 §42: a second need in the same band adds nothing).
/// </summary>
internal static partial class NeedCriteria
{
    public static NeedFindings Collect(DevonApplication app, BandingInputs inputs, BandingOptions options, DateOnly asOf)
    {
        var found = new NeedFindings();
        DomesticAbuseEmergency(app, options, found);
        HealthWellbeing(app, options, asOf, found);
        HousingDefect(app, options, asOf, found);
        WitnessMobility(app, options, asOf, found);
        Homelessness(app, options, found);
        OvercrowdingNeed(app, inputs, options, found);
        UnderOccupation(app, inputs, options, asOf, found);
        MoveOn(app, options, asOf, found);
        CareExperienced(app, options, asOf, found);
        SocialNeed(app, options, asOf, found);
        EffectiveManagement(app, options, asOf, found);
        MovesForWork(app, options, found);
        CurrentHomeLowNeed(app, found);
        CommunityContribution(app, options, asOf, found);
        return found;
    }
}
