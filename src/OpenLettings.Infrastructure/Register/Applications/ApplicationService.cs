using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// Applications: create (an applicant their own; a local authority officer one for their authority), read, list,
/// replace the facts or the household, submit. Every change is one <see cref="RegisterWork"/> unit with an
/// <see cref="ApplicationVersion"/> snapshot (facts and household), an audit entry and an outbox event.
/// </summary>
/// <remarks>
/// Audit entries carry the reference, status, version and snapshot number, never names, dates of birth or NI
/// numbers: the audit log is append-only, and personal data must stay erasable (001 §71). The snapshot holds the rest.
/// </remarks>
public sealed class ApplicationService(RegisterWork work)
{
    /// <summary>Statuses after which an application is never changed again.</summary>
    public static readonly IReadOnlySet<ApplicationStatus> Closed = new HashSet<ApplicationStatus>
    {
        ApplicationStatus.Housed, ApplicationStatus.Deleted, ApplicationStatus.Erased,
    };

    /// <summary>Statuses of a live application: one per applicant (001 §2.3).</summary>
    private static readonly ApplicationStatus[] Ended =
    [
        ApplicationStatus.Housed, ApplicationStatus.Cancelled, ApplicationStatus.Rejected, ApplicationStatus.Removed,
        ApplicationStatus.Deleted, ApplicationStatus.Erased,
    ];

    private const string ReferenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private RegisterDbContext Db => work.Db;

    public async Task<ApplicationView> CreateAsync(Actor actor, string authorityCode, JsonElement application,
        IReadOnlyList<HouseholdPerson> household, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(household);
        return await work.RunAsync(async ct =>
        {
            var authority = await Db.Organisations.AsNoTracking()
                .SingleOrDefaultAsync(o => o.Code == authorityCode && o.Kind == OrganisationKind.LocalAuthority, ct);
            if (authority?.PartnershipId is not { } partnershipId)
            {
                throw RegisterException.Invalid("$.authority", "unknown-authority", $"'{authorityCode}' is not a local authority in a partnership on this register.");
            }
            var onBehalf = actor.HasIn(authority.Id, MembershipRole.LocalAuthorityOfficer);
            if (!onBehalf && actor.IsStaff)
            {
                throw RegisterException.Forbidden("forbidden",
                    $"Staff accounts create applications only for an authority they are an officer of; you are not an officer of {authority.Code}.");
            }
            if (!onBehalf && await Db.Applications.AnyAsync(a => a.ApplicantUserId == actor.UserId && !Ended.Contains(a.Status), ct))
            {
                throw RegisterException.Conflict("application-exists", "You already have a live application; one household has one application (001 §2.3).");
            }
            var partnership = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == partnershipId, ct);
            var scheme = SchemeOf(partnership);
            var today = UkTime.Today(work.Time);

            var reference = await NewReferenceAsync(partnership.Code, ct);
            var facts = ApplicationFacts.ReadObject(application, "$.application");
            var factsJson = ApplicationFacts.Stamp(facts, reference, authority.Code);
            var members = ApplicationFacts.Members(facts);
            var errors = scheme.ValidateApplication(factsJson, today).ToList();
            errors.AddRange(ApplicationFacts.CheckPeople(household, members, "$.household"));
            if (errors.Count > 0)
            {
                throw RegisterException.Invalid(errors);
            }

            var now = work.Time.GetUtcNow();
            var entity = new HousingApplication
            {
                Reference = reference,
                ManagingAuthorityId = authority.Id,
                PartnershipId = partnershipId,
                ApplicantUserId = onBehalf ? null : actor.UserId,
                Status = ApplicationStatus.Draft,
                FactsJson = factsJson,
                CreatedAt = now,
                StatusChangedAt = now,
            };
            SyncMembers(entity, household, members);
            Db.Applications.Add(entity);
            Db.ApplicationVersions.Add(Snapshot(entity, 1, actor, onBehalf ? $"created by {authority.Code} on the applicant's behalf" : "created by the applicant"));

            await work.AuditAsync(actor, authority.Id, "application", entity.Id.ToString(), "application.created", null,
                AuditState(entity, 1), onBehalf ? $"Created by an officer of {authority.Code} on the applicant's behalf." : "Created by the applicant.", ct);
            work.Publish("application.created", "application", entity.Id.ToString(), authority.Id, partnershipId,
                new { applicationId = entity.Id, reference, status = entity.Status, managingAuthority = authority.Code, onBehalf });
            return View(entity, authority.Code, DecisionSummary.None, new ApplicationRights(!onBehalf, onBehalf, false, false));
        }, cancellationToken);
    }

    /// <summary>One application the actor can see, or 404.</summary>
    public async Task<ApplicationView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var application = await Db.Applications.AsNoTracking().VisibleTo(Db, actor).Include(a => a.Members)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw RegisterException.NotFound("application", id);
        var code = await Db.Organisations.Where(o => o.Id == application.ManagingAuthorityId).Select(o => o.Code).SingleAsync(cancellationToken);
        var decisions = await Db.LatestDecisionsAsync(id, cancellationToken);
        return View(application, code, decisions, actor.RightsOver(application));
    }

    /// <summary>
    /// The applications the actor can see (officers: their authority's; applicants: their own; landlord officers:
    /// those that bid on their adverts; managers: the partnership's), oldest first.
    /// </summary>
    public async Task<ResultPage<ApplicationSummary>> ListAsync(Actor actor, ApplicationStatus? status, int offset, int limit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = Db.Applications.AsNoTracking().VisibleTo(Db, actor);
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }
        var rows = await query.OrderBy(a => a.Id).Skip(offset).Take(limit + 1)
            .Select(a => new ApplicationSummary(
                a.Id,
                a.Reference,
                a.Status,
                a.ManagingAuthority!.Code,
                Db.Decisions.Where(d => d.ApplicationId == a.Id && d.Kind == DecisionKind.Band && d.SupersededAt == null).Select(d => d.Band).FirstOrDefault(),
                Db.Decisions.Where(d => d.ApplicationId == a.Id && d.Kind == DecisionKind.Band && d.SupersededAt == null).Select(d => d.BandStartAt).FirstOrDefault(),
                a.CreatedAt,
                a.SubmittedAt,
                a.Version))
            .ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        return new ResultPage<ApplicationSummary>(more ? rows[..limit] : rows, offset, limit, more ? offset + limit : null);
    }

    /// <summary>Replaces the facts (the household's members must stay the same people: change them with <see cref="ReplaceHouseholdAsync"/>).</summary>
    public Task<ApplicationView> UpdateFactsAsync(Actor actor, Guid id, long? version, JsonElement application, string? reason,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, "facts", reason ?? "facts updated", (entity, authorityCode, scheme, today) =>
        {
            var facts = ApplicationFacts.ReadObject(application, "$.application");
            var factsJson = ApplicationFacts.Stamp(facts, entity.Reference, authorityCode);
            var members = ApplicationFacts.Members(facts);
            var errors = scheme.ValidateApplication(factsJson, today).ToList();
            var keys = entity.Members.Select(m => m.MemberKey).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(members.Where(m => !keys.Contains(m.Id)).Select(m => new ValidationError(
                $"$.application.household.members[{m.Index}].id", "unknown-member",
                $"'{m.Id}' is not on the application: add people with PUT /applications/{{id}}/household, which takes their names too.")));
            var remaining = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(keys.Where(k => !remaining.Contains(k)).Select(k => new ValidationError(
                "$.application.household.members", "member-removed",
                $"Member '{k}' is missing: remove people with PUT /applications/{{id}}/household.")));
            if (errors.Count > 0)
            {
                throw RegisterException.Invalid(errors);
            }
            entity.FactsJson = factsJson;
            var people = entity.Members.Select(m => new HouseholdPerson(m.MemberKey, m.FullName, m.NationalInsuranceNumber)).ToList();
            SyncMembers(entity, people, members);
        }, cancellationToken);

    /// <summary>Replaces the household: names and NI numbers in member rows, the engine's member data merged into <c>household.members</c>.</summary>
    public Task<ApplicationView> ReplaceHouseholdAsync(Actor actor, Guid id, long? version, IReadOnlyList<HouseholdMemberInput> people, string? reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        return ChangeAsync(actor, id, version, "household", reason ?? "household updated", (entity, authorityCode, scheme, today) =>
        {
            var errors = new List<ValidationError>();
            var memberFacts = new List<(string, JsonObject)>();
            for (var i = 0; i < people.Count; i++)
            {
                if (people[i].Facts.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new ValidationError($"$.members[{i}].facts", "object", "Each member's facts must be a JSON object (role, dateOfBirth, ...)."));
                    continue;
                }
                memberFacts.Add((people[i].MemberKey, ApplicationFacts.ReadObject(people[i].Facts, $"$.members[{i}].facts")));
            }
            if (errors.Count > 0)
            {
                throw RegisterException.Invalid(errors);
            }
            var facts = ApplicationFacts.Parse(entity.FactsJson);
            ApplicationFacts.ReplaceMembers(facts, memberFacts);
            var factsJson = ApplicationFacts.Stamp(facts, entity.Reference, authorityCode);
            var members = ApplicationFacts.Members(facts);
            const string factsPrefix = "$.application.household.members[";
            errors.AddRange(ApplicationFacts.Rebase(scheme.ValidateApplication(factsJson, today), field =>
            {
                if (!field.StartsWith(factsPrefix, StringComparison.Ordinal))
                {
                    return field;
                }
                var close = field.IndexOf(']', StringComparison.Ordinal);
                return $"$.members[{field[factsPrefix.Length..close]}].facts{field[(close + 1)..]}";
            }));
            var persons = people.Select(p => new HouseholdPerson(p.MemberKey, p.FullName, p.NationalInsuranceNumber)).ToList();
            errors.AddRange(ApplicationFacts.CheckPeople(persons, members, "$.members"));
            if (errors.Count > 0)
            {
                throw RegisterException.Invalid(errors);
            }
            entity.FactsJson = factsJson;
            SyncMembers(entity, persons, members);
        }, cancellationToken);
    }

    /// <summary>Submits a draft: Draft → Unassigned (waiting for an officer, 001 §50.4), after checking the facts as of today.</summary>
    public async Task<ApplicationView> SubmitAsync(Actor actor, Guid id, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await LoadForChangeAsync(actor, id, ct);
            if (!rights.IsApplicant && !rights.IsCaseworker)
            {
                rights.RequireCaseworker("submit an application");
            }
            RegisterWork.RequireVersion("application", version, entity.Version);
            if (entity.Status != ApplicationStatus.Draft)
            {
                throw RegisterException.Conflict("application-not-draft", $"Application {entity.Reference} is {entity.Status}; only a draft can be submitted.");
            }
            var (authorityCode, partnership) = await ContextAsync(entity, ct);
            var errors = SchemeOf(partnership).ValidateApplication(entity.FactsJson, UkTime.Today(work.Time));
            if (!errors.IsEmpty)
            {
                throw RegisterException.Invalid(errors);
            }
            var before = AuditState(entity, null);
            var now = work.Time.GetUtcNow();
            entity.Status = ApplicationStatus.Unassigned;
            entity.SubmittedAt = now;
            entity.StatusChangedAt = now;
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", entity.Id.ToString(), "application.submitted",
                before, AuditState(entity, null), rights.IsApplicant ? "Submitted by the applicant." : "Submitted by an officer.", ct);
            work.Publish("application.submitted", "application", entity.Id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
                new { applicationId = entity.Id, reference = entity.Reference, status = entity.Status });
            return View(entity, authorityCode, await Db.LatestDecisionsAsync(entity.Id, ct), rights);
        }, cancellationToken);
    }

    private async Task<ApplicationView> ChangeAsync(Actor actor, Guid id, long? version, string change, string reason,
        Action<HousingApplication, string, IRegisterScheme, DateOnly> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await LoadForChangeAsync(actor, id, ct);
            rights.RequireAmend(entity);
            RegisterWork.RequireVersion("application", version, entity.Version);
            if (Closed.Contains(entity.Status))
            {
                throw RegisterException.Conflict("application-closed", $"Application {entity.Reference} is {entity.Status} and can no longer be changed.");
            }
            var (authorityCode, partnership) = await ContextAsync(entity, ct);
            var number = (await Db.ApplicationVersions.Where(v => v.ApplicationId == id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
            var before = AuditState(entity, number - 1);

            apply(entity, authorityCode, SchemeOf(partnership), UkTime.Today(work.Time));
            // A change to names alone leaves the facts as they were: the application's version still moves on.
            Db.Entry(entity).Property(a => a.FactsJson).IsModified = true;
            Db.ApplicationVersions.Add(Snapshot(entity, number, actor, reason));

            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", entity.Id.ToString(), "application.updated",
                before, AuditState(entity, number), reason, ct);
            work.Publish("application.updated", "application", entity.Id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
                new { applicationId = entity.Id, reference = entity.Reference, status = entity.Status, change, snapshot = number });
            return View(entity, authorityCode, await Db.LatestDecisionsAsync(entity.Id, ct), rights);
        }, cancellationToken);
    }

    /// <summary>Locks the application for this transaction, then loads it (tracked, with members) if the actor can see it.</summary>
    internal async Task<(HousingApplication Application, ApplicationRights Rights)> LoadForChangeAsync(Actor actor, Guid id, CancellationToken ct)
    {
        await Db.LockApplicationAsync(id, ct);
        var entity = await Db.Applications.VisibleTo(Db, actor).Include(a => a.Members)
            .SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw RegisterException.NotFound("application", id);
        return (entity, actor.RightsOver(entity));
    }

    internal async Task<(string AuthorityCode, Organisation Partnership)> ContextAsync(HousingApplication application, CancellationToken ct)
    {
        var code = await Db.Organisations.Where(o => o.Id == application.ManagingAuthorityId).Select(o => o.Code).SingleAsync(ct);
        var partnership = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == application.PartnershipId, ct);
        return (code, partnership);
    }

    internal static IRegisterScheme SchemeOf(Organisation partnership) =>
        RegisterSchemes.Find(partnership.SchemeId)
        ?? throw RegisterException.Conflict("scheme-unavailable", $"The partnership {partnership.Code} runs no scheme this register knows ('{partnership.SchemeId}').");

    /// <summary>What the audit log records of an application: never names, dates of birth or NI numbers.</summary>
    internal static object AuditState(HousingApplication application, int? snapshot) => new
    {
        reference = application.Reference,
        status = application.Status,
        version = application.Version,
        snapshot,
        members = application.Members.Select(m => m.MemberKey).Order(StringComparer.Ordinal).ToArray(),
    };

    internal static ApplicationView View(HousingApplication application, string authorityCode, DecisionSummary decisions, ApplicationRights rights) => new(
        application.Id,
        application.Reference,
        application.Status,
        authorityCode,
        rights.SeesIdentifiers ? application.ApplicantUserId : null,
        application.BiddingSuspended,
        application.Autobid,
        application.CreatedAt,
        application.SubmittedAt,
        application.StatusChangedAt,
        application.Version,
        JsonDocument.Parse(application.FactsJson).RootElement.Clone(),
        [.. application.Members.OrderBy(m => m.MemberKey, StringComparer.Ordinal).Select(m => new HouseholdMemberView(
            m.MemberKey, m.FullName, m.Role, m.DateOfBirth, m.DueDate, rights.SeesIdentifiers ? m.NationalInsuranceNumber : null))],
        decisions);

    /// <summary>Makes the member rows match the people and the facts: updates in place, adds new, removes the gone.</summary>
    private void SyncMembers(HousingApplication application, IReadOnlyList<HouseholdPerson> people, IReadOnlyList<ApplicationFacts.FactsMember> members)
    {
        var byKey = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var gone in application.Members.Where(m => !byKey.ContainsKey(m.MemberKey)).ToList())
        {
            application.Members.Remove(gone);
            Db.HouseholdMembers.Remove(gone);
        }
        foreach (var person in people)
        {
            var facts = byKey[person.MemberKey];
            var row = application.Members.FirstOrDefault(m => m.MemberKey == person.MemberKey);
            if (row is null)
            {
                row = new HouseholdMember { ApplicationId = application.Id, MemberKey = person.MemberKey, FullName = person.FullName.Trim() };
                application.Members.Add(row);
            }
            row.FullName = person.FullName.Trim();
            row.NationalInsuranceNumber = person.NationalInsuranceNumber is { } ni ? ApplicationFacts.NormaliseNino(ni) : null;
            row.Role = facts.Role;
            row.DateOfBirth = facts.DateOfBirth;
            row.DueDate = facts.DueDate;
        }
    }

    /// <summary>Adds the next <see cref="ApplicationVersion"/> snapshot of an application whose facts the register itself changed.</summary>
    internal async Task AddVersionAsync(HousingApplication application, Actor actor, string reason, CancellationToken cancellationToken)
    {
        await Db.Entry(application).Collection(a => a.Members).LoadAsync(cancellationToken);
        var number = (await Db.ApplicationVersions.Where(v => v.ApplicationId == application.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        Db.ApplicationVersions.Add(Snapshot(application, number, actor, reason));
    }

    private ApplicationVersion Snapshot(HousingApplication application, int number, Actor actor, string reason) => new()
    {
        ApplicationId = application.Id,
        Number = number,
        SnapshotJson = new JsonObject
        {
            ["status"] = application.Status.ToString(),
            ["application"] = JsonNode.Parse(application.FactsJson),
            ["household"] = new JsonArray([.. application.Members.OrderBy(m => m.MemberKey, StringComparer.Ordinal).Select(m => (JsonNode)new JsonObject
            {
                ["memberKey"] = m.MemberKey,
                ["fullName"] = m.FullName,
                ["nationalInsuranceNumber"] = m.NationalInsuranceNumber,
            })]),
        }.ToJsonString(),
        ChangedByUserId = actor.UserId,
        ChangedAt = work.Time.GetUtcNow(),
        Reason = reason,
    };

    /// <summary>A new reference: the partnership's initials and eight characters without look-alikes (e.g. <c>DHC-7K4M2QXP</c>).</summary>
    private async Task<string> NewReferenceAsync(string partnershipCode, CancellationToken ct)
    {
        var prefix = string.Concat(partnershipCode.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0])));
        while (true)
        {
            var reference = $"{prefix}-{RandomNumberGenerator.GetString(ReferenceAlphabet, 8)}";
            if (!await Db.Applications.AnyAsync(a => a.Reference == reference, ct))
            {
                return reference;
            }
        }
    }
}
