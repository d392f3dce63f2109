using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// The current (not superseded) decisions of applications: reusable by bidding, shortlists and reports. Each
/// kind has at most one current record per application (an assessment or override supersedes the previous one).
/// </summary>
public static class ApplicationDecisions
{
    /// <summary>Decisions not yet superseded.</summary>
    public static IQueryable<DecisionRecord> Current(this IQueryable<DecisionRecord> decisions) =>
        decisions.Where(d => d.SupersededAt == null);

    /// <summary>The current decisions of one application (<see cref="DecisionSummary.None"/> before any assessment).</summary>
    public static async Task<DecisionSummary> LatestDecisionsAsync(this RegisterDbContext db, Guid applicationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.LatestDecisionsAsync([applicationId], cancellationToken);
        return all.GetValueOrDefault(applicationId, DecisionSummary.None);
    }

    /// <summary>The current decisions of several applications in one query (no N+1); missing ids had no assessment.</summary>
    public static async Task<IReadOnlyDictionary<Guid, DecisionSummary>> LatestDecisionsAsync(this RegisterDbContext db,
        IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(applicationIds);
        if (applicationIds.Count == 0)
        {
            return new Dictionary<Guid, DecisionSummary>();
        }
        var ids = applicationIds.Distinct().ToArray();
        var rows = await db.Decisions.AsNoTracking().Current()
            .Where(d => ids.Contains(d.ApplicationId))
            .Select(d => new { d.Id, d.ApplicationId, d.Kind, d.Favourable, d.Band, d.BandStartAt, d.BedroomsNeeded, d.IsOverride, d.AsOf, d.DecidedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g =>
        {
            // Should two current rows of one kind ever exist, the latest wins.
            var byKind = g.GroupBy(r => r.Kind).ToDictionary(k => k.Key, k => k.MaxBy(r => r.DecidedAt)!);
            var band = byKind.GetValueOrDefault(DecisionKind.Band);
            return new DecisionSummary(
                byKind.GetValueOrDefault(DecisionKind.Eligibility)?.Favourable,
                byKind.GetValueOrDefault(DecisionKind.Qualification)?.Favourable,
                byKind.GetValueOrDefault(DecisionKind.BedroomNeed)?.BedroomsNeeded,
                band?.Band,
                band?.BandStartAt,
                band?.IsOverride ?? false,
                band?.AsOf ?? g.Max(r => r.AsOf),
                band?.DecidedAt ?? g.Max(r => r.DecidedAt),
                band?.Id);
        });
    }
}
