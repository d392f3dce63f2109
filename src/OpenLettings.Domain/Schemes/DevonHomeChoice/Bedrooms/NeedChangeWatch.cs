using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>What is about to happen that may change a household's bedroom need (001 §14.18-14.20).</summary>
public enum NeedChangeTrigger
{
    /// <summary>A child reaches the age (10) from which they share only with a child of the same sex.</summary>
    ReachesSameSexSharingAge,
    /// <summary>A member reaches the age (16) from which they have a bedroom of their own.</summary>
    ReachesAdultAge,
    /// <summary>An unborn child's due date.</summary>
    BabyDue,
}

/// <summary>One member's key date within the review window.</summary>
public sealed record NeedChangeEvent(MemberId Member, NeedChangeTrigger Trigger, DateOnly On)
{
    /// <summary>For a baby due: the bedrooms needed once the baby is born and recorded as a girl (001 §14.8).</summary>
    public int? BedroomsIfBornGirl { get; init; }

    /// <summary>For a baby due: the bedrooms needed once the baby is born and recorded as a boy (001 §14.8).</summary>
    public int? BedroomsIfBornBoy { get; init; }
}

/// <summary>
/// An application on the "Bedroom/Band review" list (001 §14.19): the key dates in the window, and the bedroom
/// need on the day before the first of them and on the last of them.
/// </summary>
public sealed record NeedChangeReview
{
    public required HousingApplicationId Application { get; init; }

    /// <summary>The key dates, in date order.</summary>
    public required ImmutableArray<NeedChangeEvent> Events { get; init; }

    /// <summary>The need on the day before the first key date.</summary>
    public required BedroomNeed Before { get; init; }

    /// <summary>The need on the last key date.</summary>
    public required BedroomNeed After { get; init; }

    /// <summary>True when the number of bedrooms needed changes (a letter is due, 001 §14.22).</summary>
    public bool BedroomNeedChanges => Before.BedroomsNeeded != After.BedroomsNeeded;

    /// <summary>True when the overcrowding level, and so possibly the band, changes (001 §14.20, §14.22).</summary>
    public bool OvercrowdingChanges => Before.Overcrowding != After.Overcrowding;

    /// <summary>True when a baby is due whose sex, once recorded, could change the need (001 §14.8).</summary>
    public bool BirthMayChangeNeed => Events.Any(e => e.Trigger == NeedChangeTrigger.BabyDue
        && (e.BedroomsIfBornGirl != After.BedroomsNeeded || e.BedroomsIfBornBoy != After.BedroomsNeeded));

    /// <summary>Why the application is on the list.</summary>
    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>
/// The weekly "Bedroom/Band review" list: applications with someone turning 10 or 16, or a baby due, in the
/// next few days (001 §14.18-14.22).
/// </summary>
/// <remarks>
/// The window starts on <c>asOf</c> and covers <see cref="BedroomOptions.NeedChangeWindowDays"/> days (7 by
/// default, 001 §14.19): run weekly on the same weekday, every date falls in exactly one run. The ages watched are
/// <see cref="BedroomOptions.SameSexSharingAge"/> and <see cref="BedroomOptions.AdultAge"/>, so the list follows
/// the options in force.
/// </remarks>
public static class NeedChangeWatch
{
    /// <summary>
    /// Every application in <paramref name="applications"/> with a key date in the window, lazily and in input order:
    /// the register is streamed, never loaded whole.
    /// </summary>
    public static IEnumerable<NeedChangeReview> Scan(IEnumerable<DevonApplication> applications, DevonOptions options, DateOnly asOf)
    {
        foreach (var app in applications)
        {
            if (Review(app, options, asOf) is { } review)
            {
                yield return review;
            }
        }
    }

    /// <summary>The review for one application, or null when nobody in it has a key date in the window.</summary>
    public static NeedChangeReview? Review(DevonApplication app, DevonOptions options, DateOnly asOf)
    {
        var o = options.Bedrooms;
        var end = asOf.AddDays(Math.Max(0, o.NeedChangeWindowDays));
        var events = new List<NeedChangeEvent>();
        foreach (var m in app.Household.Members)
        {
            if (m.Role == MemberRole.Unborn)
            {
                if (m.DueDate is { } due && due >= asOf && due < end)
                {
                    events.Add(new NeedChangeEvent(m.Id, NeedChangeTrigger.BabyDue, due)
                    {
                        BedroomsIfBornGirl = IfBorn(app, m, Sex.Female, options, due),
                        BedroomsIfBornBoy = IfBorn(app, m, Sex.Male, options, due),
                    });
                }

                continue;
            }

            if (m.DateOfBirth is not { } dob)
            {
                continue;
            }

            foreach (var (age, trigger) in new[] { (o.SameSexSharingAge, NeedChangeTrigger.ReachesSameSexSharingAge), (o.AdultAge, NeedChangeTrigger.ReachesAdultAge) })
            {
                var on = Age.DateReaching(dob, age);
                if (on >= asOf && on < end)
                {
                    events.Add(new NeedChangeEvent(m.Id, trigger, on));
                }
            }
        }

        if (events.Count == 0)
        {
            return null;
        }

        events.Sort((a, b) => a.On.CompareTo(b.On));
        var before = BedroomStandard.Assess(app, options, events[0].On.AddDays(-1));
        var after = BedroomStandard.Assess(app, options, events[^1].On);
        var reasons = events.Select(e => Explain(e, o)).ToList();
        reasons.Add(new Reason(
            "DHC.Bedrooms.ReviewOutcome",
            Citation.Devon("14.22"),
            before.BedroomsNeeded == after.BedroomsNeeded
                ? $"Your bedroom need stays at {before.BedroomsNeeded.ToString(CultureInfo.InvariantCulture)}."
                : $"Your bedroom need changes from {before.BedroomsNeeded.ToString(CultureInfo.InvariantCulture)} to {after.BedroomsNeeded.ToString(CultureInfo.InvariantCulture)}; we will write to you.")
            .With(
                new Fact("bedrooms before", before.BedroomsNeeded.ToString(CultureInfo.InvariantCulture)),
                new Fact("bedrooms after", after.BedroomsNeeded.ToString(CultureInfo.InvariantCulture)),
                new Fact("overcrowding before", before.Overcrowding.ToString()),
                new Fact("overcrowding after", after.Overcrowding.ToString())));

        return new NeedChangeReview
        {
            Application = app.Id,
            Events = [.. events],
            Before = before,
            After = after,
            Reasons = [.. reasons],
        };
    }

    private static int IfBorn(DevonApplication app, Member unborn, Sex sex, DevonOptions options, DateOnly due)
    {
        var baby = unborn with { Role = MemberRole.Child, DateOfBirth = due, Sex = sex, DueDate = null };
        var household = app.Household with { Members = app.Household.Members.Replace(unborn, baby) };
        return BedroomStandard.Assess(app with { Household = household }, options, due).BedroomsNeeded;
    }

    private static Reason Explain(NeedChangeEvent e, BedroomOptions o)
    {
        var on = e.On.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var facts = new[] { new Fact("member", e.Member.Value), new Fact("date", e.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
        return e.Trigger switch
        {
            NeedChangeTrigger.ReachesSameSexSharingAge => new Reason("DHC.Bedrooms.Review.TurnsTen", Citation.Devon("14.19"),
                $"{e.Member} turns {o.SameSexSharingAge.ToString(CultureInfo.InvariantCulture)} on {on}, after which they can share only with a child of the same sex.").With(facts),
            NeedChangeTrigger.ReachesAdultAge => new Reason("DHC.Bedrooms.Review.TurnsSixteen", Citation.Devon("14.19"),
                $"{e.Member} turns {o.AdultAge.ToString(CultureInfo.InvariantCulture)} on {on}, after which they need a bedroom of their own.").With(facts),
            NeedChangeTrigger.BabyDue => new Reason("DHC.Bedrooms.Review.BabyDue", Citation.Devon("14.8"),
                $"A baby is due on {on}; once the baby's sex and date of birth are recorded your bedroom need may change.").With(facts),
        };
    }
}
