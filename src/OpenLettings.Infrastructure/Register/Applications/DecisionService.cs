using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Explanations;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// Decisions on an application: the scheme's assessment (eligibility, qualification, bedroom need, band and band
/// start date), an officer's override of the band with a reason, and the history of both.
/// </summary>
/// <remarks>
/// How an assessment sets the application's status (catalogue §29.4):
/// <list type="bullet">
/// <item>not eligible (001 §5-§7) → <see cref="ApplicationStatus.Rejected"/>;</item>
/// <item>qualification enquiries or a representation period running (001 §8.15-§8.18) → <see cref="ApplicationStatus.PendingEnquiries"/>;</item>
/// <item>not qualifying (001 §8, §9.1), or not registered / not yet (no band: 001 §8.8-§8.10, §11.5) → <see cref="ApplicationStatus.Rejected"/>;</item>
/// <item>banded and able to bid (001 §49.3) → <see cref="ApplicationStatus.Active"/>;</item>
/// <item>banded but the scheme suspends bidding (001 §11.3, §50.5) → <see cref="ApplicationStatus.Suspended"/>.</item>
/// </list>
/// An override changes the band decision only, never the status.
/// </remarks>
public sealed class DecisionService(RegisterWork work, ApplicationService applications)
{
    private RegisterDbContext Db => work.Db;

    /// <summary>The bands a scheme awards (empty for a scheme the register does not run).</summary>
    public static ImmutableArray<string> BandsOf(string? schemeId) => RegisterSchemes.Find(schemeId)?.Bands ?? [];

    /// <summary>Assesses the application as of today (UK) and stores the decisions, superseding the previous ones.</summary>
    public async Task<DecisionOutcome> AssessAsync(Actor actor, Guid id, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            rights.RequireCaseworker("assess an application");
            if (version is not null)
            {
                RegisterWork.RequireVersion("application", version, entity.Version);
            }
            RequireAssessable(entity);
            var (_, partnership) = await applications.ContextAsync(entity, ct);
            var scheme = ApplicationService.SchemeOf(partnership);
            var today = UkTime.Today(work.Time);
            var errors = scheme.ValidateApplication(entity.FactsJson, today);
            if (!errors.IsEmpty)
            {
                throw RegisterException.Invalid(errors);
            }
            var assessment = scheme.Assess(entity.FactsJson, today, PartnershipSettings.Read(partnership.SettingsJson));

            var now = work.Time.GetUtcNow();
            var current = await Db.Decisions.Current().Where(d => d.ApplicationId == id).ToListAsync(ct);
            var previousBand = current.Where(d => d.Kind == DecisionKind.Band).MaxBy(d => d.DecidedAt);
            foreach (var decision in current)
            {
                decision.SupersededAt = now;
            }
            DecisionRecord Record(DecisionKind kind) => new()
            {
                ApplicationId = id,
                Kind = kind,
                ExplanationJson = assessment.ExplanationJson,
                AsOf = today,
                DecidedByUserId = actor.UserId,
                DecidedByOrganisationId = actor.ActingFor(entity.ManagingAuthorityId),
                DecidedAt = now,
            };
            var band = Record(DecisionKind.Band);
            band.Band = assessment.Band;
            band.BandStartAt = assessment.Band is null ? null : assessment.BandStartAt;
            Db.Decisions.AddRange(
                Favourable(Record(DecisionKind.Eligibility), assessment.Eligible),
                Favourable(Record(DecisionKind.Qualification), assessment.Qualifies),
                Bedrooms(Record(DecisionKind.BedroomNeed), assessment.BedroomsNeeded),
                band);

            var before = new { status = entity.Status, band = previousBand?.Band, bandStartAt = previousBand?.BandStartAt };
            var status = StatusFor(assessment);
            if (status != entity.Status)
            {
                entity.Status = status;
                entity.StatusChangedAt = now;
            }
            Db.Entry(entity).Property(a => a.Status).IsModified = true;
            if (assessment.FactsWithDecisionRecorded is { } recorded)
            {
                // The scheme keeps its own history in the facts (Devon: band awards, from which band start dates come, 001 §43.5-43.7).
                entity.FactsJson = recorded;
                await applications.AddVersionAsync(entity, actor, "The assessment recorded the band award in the band history (001 §43.5-43.7).", ct);
            }
            var after = new { status = entity.Status, band = band.Band, bandStartAt = band.BandStartAt };
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", entity.Id.ToString(), "application.decided",
                before, after, AuditReason(assessment, today), ct);
            work.Publish("application.decided", "application", entity.Id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId, new
            {
                applicationId = entity.Id,
                reference = entity.Reference,
                status = entity.Status,
                eligible = assessment.Eligible,
                qualifies = assessment.Qualifies,
                bedroomsNeeded = assessment.BedroomsNeeded,
                band = band.Band,
                previousBand = previousBand?.Band,
                bandStartAt = band.BandStartAt,
                asOf = today,
            });
            return new DecisionOutcome(entity.Id, entity.Reference, entity.Status, entity.Version, assessment.Eligible, assessment.Qualifies,
                assessment.MayBid, assessment.BedroomsNeeded, band.Band, band.BandStartAt, false, today, now,
                [.. assessment.Reasons.Select(ToView)]);
        }, cancellationToken);
    }

    /// <summary>An officer's override of the band and/or band start date, with a reason (at least 10 characters).</summary>
    public async Task<DecisionOutcome> OverrideAsync(Actor actor, Guid id, long? version, string? band, DateTime? bandStartAt, string? reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            rights.RequireCaseworker("override a decision");
            RegisterWork.RequireVersion("application", version, entity.Version);
            var (_, partnership) = await applications.ContextAsync(entity, ct);
            var now = work.Time.GetUtcNow();
            var startAt = bandStartAt is { } given ? ToUkLocal(given) : (DateTime?)null;
            ValidateOverride(partnership, band, startAt, reason, UkTime.Local(now));
            RequireAssessable(entity);

            var current = await Db.Decisions.Current().Where(d => d.ApplicationId == id && d.Kind == DecisionKind.Band)
                .OrderByDescending(d => d.DecidedAt).FirstOrDefaultAsync(ct)
                ?? throw RegisterException.Conflict("not-assessed", $"Application {entity.Reference} has not been assessed yet: assess it before overriding its band.");
            var newBand = band ?? current.Band
                ?? throw RegisterException.Invalid("band", "required", "The application has no band: give the band to award.");
            var newStart = startAt ?? current.BandStartAt
                ?? throw RegisterException.Invalid("bandStartAt", "required", "The application has no band start date: give one with the band (001 §43).");
            var text = reason!.Trim();

            current.SupersededAt = now;
            var record = new DecisionRecord
            {
                ApplicationId = id,
                Kind = DecisionKind.Band,
                Band = newBand,
                BandStartAt = newStart,
                ExplanationJson = new JsonObject
                {
                    ["override"] = new JsonObject
                    {
                        ["band"] = newBand,
                        ["bandStartAt"] = newStart.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                        ["reason"] = text,
                        ["previousDecisionId"] = current.Id.ToString(),
                        ["previousBand"] = current.Band,
                    },
                    ["assessment"] = JsonNode.Parse(current.ExplanationJson),
                }.ToJsonString(),
                AsOf = UkTime.Today(work.Time),
                DecidedByUserId = actor.UserId,
                DecidedByOrganisationId = actor.ActingFor(entity.ManagingAuthorityId),
                DecidedAt = now,
                IsOverride = true,
                OverrideReason = text,
            };
            Db.Decisions.Add(record);
            // The application's position changed: its version moves on (readers see a new decisions summary).
            Db.Entry(entity).Property(a => a.Status).IsModified = true;

            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", entity.Id.ToString(), "application.overridden",
                new { band = current.Band, bandStartAt = current.BandStartAt, decisionId = current.Id },
                new { band = newBand, bandStartAt = newStart, decisionId = record.Id }, text, ct);
            work.Publish("application.overridden", "application", entity.Id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId, new
            {
                applicationId = entity.Id,
                reference = entity.Reference,
                status = entity.Status,
                band = newBand,
                previousBand = current.Band,
                bandStartAt = newStart,
            });
            var summary = await Db.LatestDecisionsAsync(id, ct);
            return new DecisionOutcome(entity.Id, entity.Reference, entity.Status, entity.Version, summary.Eligible, summary.Qualifies, null,
                summary.BedroomsNeeded, newBand, newStart, true, record.AsOf, now,
                [new ReasonView("officer-override", "001 §77.1", $"An officer set band {newBand} from {newStart:d MMMM yyyy}: {text}")]);
        }, cancellationToken);
    }

    /// <summary>Every decision on the application, newest first.</summary>
    public async Task<ResultPage<DecisionView>> HistoryAsync(Actor actor, Guid id, bool explain, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await Db.Applications.AsNoTracking().VisibleTo(Db, actor).AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw RegisterException.NotFound("application", id);
        }
        var rows = await Db.Decisions.AsNoTracking().Where(d => d.ApplicationId == id)
            .OrderByDescending(d => d.DecidedAt).ThenBy(d => d.Kind).ThenBy(d => d.Id)
            .Skip(offset).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        var items = rows.Take(limit).Select(d => new DecisionView(d.Id, d.Kind, d.Favourable, d.Band, d.BandStartAt, d.BedroomsNeeded, d.AsOf,
            d.DecidedAt, d.DecidedByUserId, d.IsOverride, d.OverrideReason, d.SupersededAt,
            explain ? JsonDocument.Parse(d.ExplanationJson).RootElement.Clone() : null)).ToList();
        return new ResultPage<DecisionView>(items, offset, limit, more ? offset + limit : null);
    }

    /// <summary>The status an assessment gives (see the class remarks).</summary>
    public static ApplicationStatus StatusFor(RegisterAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!assessment.Eligible)
        {
            return ApplicationStatus.Rejected;
        }
        if (!assessment.Qualifies)
        {
            return assessment.PendingEnquiries ? ApplicationStatus.PendingEnquiries : ApplicationStatus.Rejected;
        }
        if (assessment.Band is null)
        {
            return ApplicationStatus.Rejected;
        }
        return assessment.MayBid ? ApplicationStatus.Active : ApplicationStatus.Suspended;
    }

    private static void RequireAssessable(HousingApplication entity)
    {
        if (entity.Status == ApplicationStatus.Draft)
        {
            throw RegisterException.Conflict("application-not-submitted", $"Application {entity.Reference} is still a draft: it is assessed once submitted.");
        }
        if (ApplicationService.Closed.Contains(entity.Status))
        {
            throw RegisterException.Conflict("application-closed", $"Application {entity.Reference} is {entity.Status} and can no longer be decided on.");
        }
    }

    private static void ValidateOverride(Organisation partnership, string? band, DateTime? bandStartAt, string? reason, DateTime nowLocal)
    {
        var errors = new List<Domain.Validation.ValidationError>();
        if (band is null && bandStartAt is null)
        {
            errors.Add(new("band", "required", "Give the band, the band start date, or both."));
        }
        var bands = BandsOf(partnership.SchemeId);
        if (band is not null && !bands.Contains(band))
        {
            errors.Add(new("band", "unknown-band", $"'{band}' is not a band of the {partnership.SchemeId} scheme; use one of {string.Join(", ", bands)}."));
        }
        if (bandStartAt is { } start && start > nowLocal)
        {
            errors.Add(new("bandStartAt", "not-in-future", "A band start date cannot be in the future."));
        }
        if (reason is null || reason.Trim().Length < 10)
        {
            errors.Add(new("reason", "min-length", "Say why you are overriding the decision (at least 10 characters): it is recorded and may be reviewed (001 §77.1)."));
        }
        else if (reason.Length > 4000)
        {
            errors.Add(new("reason", "max-length", "A reason may be at most 4000 characters."));
        }
        if (errors.Count > 0)
        {
            throw RegisterException.Invalid(errors);
        }
    }

    private static DateTime ToUkLocal(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => UkTime.Local(new DateTimeOffset(value)),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
    };

    private static DecisionRecord Favourable(DecisionRecord record, bool favourable)
    {
        record.Favourable = favourable;
        return record;
    }

    private static DecisionRecord Bedrooms(DecisionRecord record, int? bedrooms)
    {
        record.BedroomsNeeded = bedrooms;
        return record;
    }

    private static string AuditReason(RegisterAssessment assessment, DateOnly asOf)
    {
        var headline = string.Join(" ", assessment.Reasons.Take(6).Select(r => $"[{r.Citation}] {r.Text}"));
        var text = $"Assessed as of {asOf:yyyy-MM-dd}: band {assessment.Band ?? "none"}. {headline}";
        return text.Length <= 4000 ? text : text[..3997] + "...";
    }

    private static ReasonView ToView(Reason reason) => new(reason.RuleId, reason.Citation.ToString(), reason.Text);
}
