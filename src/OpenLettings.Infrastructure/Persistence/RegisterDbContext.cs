using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Persistence;

/// <summary>
/// The register: organisations, applications, decisions, homes, adverts, cycles, bids, shortlists, offers,
/// lettings, reviews, notes, alerts, the outbox, idempotency keys and the audit log, on SQLite (embedded
/// default) or PostgreSQL (production). Open it through <see cref="RegisterDatabase"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every <see cref="VersionedEntity"/> has an integer <c>Version</c> concurrency token, increased here on
/// each saved update, so a stale update fails with <see cref="DbUpdateConcurrencyException"/> on both databases.</item>
/// <item>Enums are stored as their names, so adding a member never renumbers stored rows.</item>
/// <item>Instants are <see cref="DateTimeOffset"/> in UTC (PostgreSQL <c>timestamptz</c>; SQLite an integer so
/// that they sort and compare in SQL). The band start is the engine's UK local <see cref="DateTime"/>
/// (PostgreSQL <c>timestamp without time zone</c>).</item>
/// <item>Foreign keys never cascade: nothing in a register disappears because something else did.</item>
/// <item><see cref="AuditEntry"/> rows can only be added: saving a change to one or deleting one throws.</item>
/// </list>
/// </remarks>
public sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options)
    : IdentityDbContext<RegisterUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys, shared by every web node (cookies and bearer tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationMembership> Memberships => Set<OrganisationMembership>();
    public DbSet<HousingApplication> Applications => Set<HousingApplication>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<ApplicationVersion> ApplicationVersions => Set<ApplicationVersion>();
    public DbSet<AssessedFactRecord> AssessedFacts => Set<AssessedFactRecord>();
    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();
    public DbSet<PropertyRecord> Properties => Set<PropertyRecord>();
    public DbSet<LettingCycle> LettingCycles => Set<LettingCycle>();
    public DbSet<Advert> Adverts => Set<Advert>();
    public DbSet<Bid> Bids => Set<Bid>();
    public DbSet<Shortlist> Shortlists => Set<Shortlist>();
    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Refusal> Refusals => Set<Refusal>();
    public DbSet<Letting> Lettings => Set<Letting>();
    public DbSet<DirectMatch> DirectMatches => Set<DirectMatch>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ApplicationNote> Notes => Set<ApplicationNote>();
    public DbSet<ApplicationAlert> Alerts => Set<ApplicationAlert>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    /// <summary>The audit log, for reading. Append through <see cref="AuditLog"/> only.</summary>
    public IQueryable<AuditEntry> AuditEntries => Set<AuditEntry>().AsNoTracking();

    /// <summary>The provider in use.</summary>
    public DatabaseProvider Provider => Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private const int ShortText = 100;
    private const int CodeText = 64;
    private const int NameText = 200;
    private const int LongText = 4000;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        foreach (var enumType in typeof(RegisterDbContext).Assembly.GetTypes()
                     .Where(t => t.IsEnum && t.Namespace == typeof(ApplicationStatus).Namespace)
                     .Concat([typeof(Domain.Properties.PropertyType), typeof(Domain.Properties.MobilityCategory)]))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }

        if (Database.IsSqlite())
        {
            // SQLite has no instant type; as an integer (UTC ticks, full precision) instants sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var b = modelBuilder;

        b.Entity<RegisterUser>(e => e.Property(x => x.DisplayName).HasMaxLength(NameText));

        b.Entity<ApiKey>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(ShortText);
            e.Property(x => x.Name).HasMaxLength(NameText);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.SecretHash).HasMaxLength(64).IsFixedLength();
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<RegisterUser>().WithMany().HasForeignKey(x => x.UserId);
        });

        b.Entity<JobLease>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(NameText);
            e.Property(x => x.Holder).HasMaxLength(NameText);
        });

        b.Entity<WebhookSubscription>(e =>
        {
            e.Property(x => x.Url).HasMaxLength(2000);
            e.Property(x => x.Secret).HasMaxLength(200);
            e.Property(x => x.EventTypes).HasMaxLength(2000);
            e.Property(x => x.LastError).HasMaxLength(LongText);
            e.Property(x => x.CreatedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => new { x.Active, x.NextAttemptAt });
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        });

        b.Entity<Organisation>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(CodeText);
            e.Property(x => x.Name).HasMaxLength(NameText);
            e.Property(x => x.SchemeId).HasMaxLength(CodeText);
            e.Property(x => x.SettingsJson).HasMaxLength(LongText * 4);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne(x => x.Partnership).WithMany().HasForeignKey(x => x.PartnershipId);
        });

        b.Entity<OrganisationMembership>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(ShortText);
            e.HasIndex(x => new { x.UserId, x.OrganisationId, x.Role }).IsUnique();
            e.HasIndex(x => x.OrganisationId);
        });

        b.Entity<HousingApplication>(e =>
        {
            e.Property(x => x.Reference).HasMaxLength(CodeText);
            e.Property(x => x.ApplicantUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.Reference).IsUnique();
            // Officers' work lists: an authority's applications by status (national scale: 1.3 million rows).
            e.HasIndex(x => new { x.ManagingAuthorityId, x.Status });
            // Cycle jobs: a partnership's active (autobid) applications.
            e.HasIndex(x => new { x.PartnershipId, x.Status, x.Autobid });
            e.HasIndex(x => x.ApplicantUserId);
            e.HasOne(x => x.ManagingAuthority).WithMany().HasForeignKey(x => x.ManagingAuthorityId);
            e.HasOne(x => x.Partnership).WithMany().HasForeignKey(x => x.PartnershipId);
            e.HasMany(x => x.Members).WithOne(x => x.Application).HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<HouseholdMember>(e =>
        {
            e.Property(x => x.MemberKey).HasMaxLength(CodeText);
            e.Property(x => x.FullName).HasMaxLength(NameText);
            e.Property(x => x.NationalInsuranceNumber).HasMaxLength(16);
            e.HasIndex(x => new { x.ApplicationId, x.MemberKey }).IsUnique();
            // One person, one live application (001 §2.3): find a person across applications.
            e.HasIndex(x => x.NationalInsuranceNumber);
        });

        b.Entity<ApplicationVersion>(e =>
        {
            e.Property(x => x.ChangedByUserId).HasMaxLength(ShortText);
            e.Property(x => x.Reason).HasMaxLength(LongText);
            e.HasIndex(x => new { x.ApplicationId, x.Number }).IsUnique();
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<AssessedFactRecord>(e =>
        {
            e.Property(x => x.FactPath).HasMaxLength(NameText);
            e.Property(x => x.MemberKey).HasMaxLength(CodeText);
            e.Property(x => x.AssessorName).HasMaxLength(NameText);
            e.Property(x => x.AssessorRole).HasMaxLength(NameText);
            e.Property(x => x.EvidenceReference).HasMaxLength(NameText);
            e.HasIndex(x => new { x.ApplicationId, x.FactPath });
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<DecisionRecord>(e =>
        {
            e.Property(x => x.Band).HasMaxLength(8);
            e.Property(x => x.DecidedByUserId).HasMaxLength(ShortText);
            e.Property(x => x.OverrideReason).HasMaxLength(LongText);
            if (Database.IsNpgsql())
            {
                e.Property(x => x.BandStartAt).HasColumnType("timestamp without time zone");
            }
            e.HasIndex(x => new { x.ApplicationId, x.Kind, x.DecidedAt });
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.DecidedByOrganisationId);
        });

        b.Entity<PropertyRecord>(e =>
        {
            e.ToTable("Properties");
            e.Property(x => x.Reference).HasMaxLength(CodeText);
            e.Property(x => x.AddressLine).HasMaxLength(NameText);
            e.Property(x => x.Postcode).HasMaxLength(10);
            e.HasIndex(x => new { x.LandlordId, x.Reference }).IsUnique();
            e.HasIndex(x => x.LocalAuthorityId);
            e.HasOne(x => x.Landlord).WithMany().HasForeignKey(x => x.LandlordId);
            e.HasOne(x => x.LocalAuthority).WithMany().HasForeignKey(x => x.LocalAuthorityId);
        });

        b.Entity<LettingCycle>(e =>
        {
            e.HasIndex(x => new { x.PartnershipId, x.OpensAt }).IsUnique();
            // The cycle job: cycles due to open or close.
            e.HasIndex(x => new { x.State, x.ClosesAt });
            e.HasOne(x => x.Partnership).WithMany().HasForeignKey(x => x.PartnershipId);
        });

        b.Entity<Advert>(e =>
        {
            e.HasIndex(x => new { x.CycleId, x.Status });
            e.HasIndex(x => x.PropertyId);
            e.HasOne(x => x.Property).WithMany().HasForeignKey(x => x.PropertyId);
            e.HasOne(x => x.Cycle).WithMany().HasForeignKey(x => x.CycleId);
            e.HasOne<Advert>().WithMany().HasForeignKey(x => x.ReAdvertOfId);
            e.Property(x => x.VerifiedByUserId).HasMaxLength(ShortText);
        });

        b.Entity<Bid>(e =>
        {
            e.Property(x => x.PlacedByUserId).HasMaxLength(ShortText);
            // One bid per application and advert, even under concurrent requests.
            e.HasIndex(x => new { x.ApplicationId, x.AdvertId }).IsUnique();
            // Shortlisting reads an advert's bids (up to 3.9 million bids a national cycle).
            e.HasIndex(x => x.AdvertId);
            // The bid limit per cycle (001 §59.1) counts an application's bids in a cycle.
            e.HasIndex(x => new { x.ApplicationId, x.CycleId });
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne(x => x.Advert).WithMany().HasForeignKey(x => x.AdvertId);
            e.HasOne<LettingCycle>().WithMany().HasForeignKey(x => x.CycleId);
        });

        b.Entity<Shortlist>(e =>
        {
            e.HasIndex(x => x.AdvertId).IsUnique();
            e.HasOne(x => x.Advert).WithMany().HasForeignKey(x => x.AdvertId);
            e.HasMany(x => x.Entries).WithOne(x => x.Shortlist).HasForeignKey(x => x.ShortlistId);
        });

        b.Entity<ShortlistEntry>(e =>
        {
            e.Property(x => x.BypassReasonCode).HasMaxLength(CodeText);
            e.Property(x => x.BypassNote).HasMaxLength(LongText);
            e.Property(x => x.BypassedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => new { x.ShortlistId, x.Position }).IsUnique();
            e.HasIndex(x => new { x.ShortlistId, x.BidId }).IsUnique();
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => x.BidId);
            e.HasOne(x => x.Bid).WithMany().HasForeignKey(x => x.BidId);
            e.HasOne<HousingApplication>().WithMany().HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<Offer>(e =>
        {
            e.Property(x => x.OfferedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.AdvertId);
            e.HasIndex(x => x.ApplicationId);
            e.HasOne(x => x.Advert).WithMany().HasForeignKey(x => x.AdvertId);
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<Bid>().WithMany().HasForeignKey(x => x.BidId);
        });

        b.Entity<Refusal>(e =>
        {
            e.Property(x => x.Reason).HasMaxLength(LongText);
            e.Property(x => x.RecordedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => x.AdvertId);
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<Advert>().WithMany().HasForeignKey(x => x.AdvertId);
            e.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId);
        });

        b.Entity<Letting>(e =>
        {
            e.Property(x => x.RecordedByUserId).HasMaxLength(ShortText);
            // A home is let once: one letting per advert (and per direct match). NULLs are distinct on both databases.
            e.HasIndex(x => x.AdvertId).IsUnique();
            e.HasIndex(x => x.DirectMatchId).IsUnique();
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => x.PropertyId);
            e.HasOne<Advert>().WithMany().HasForeignKey(x => x.AdvertId);
            e.HasOne<DirectMatch>().WithMany().HasForeignKey(x => x.DirectMatchId);
            e.HasOne<PropertyRecord>().WithMany().HasForeignKey(x => x.PropertyId);
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId);
        });

        b.Entity<DirectMatch>(e =>
        {
            e.Property(x => x.Note).HasMaxLength(LongText);
            e.Property(x => x.ApprovedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.PropertyId);
            e.HasIndex(x => x.ApplicationId);
            e.HasOne(x => x.Property).WithMany().HasForeignKey(x => x.PropertyId);
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<Review>(e =>
        {
            e.Property(x => x.Grounds).HasMaxLength(LongText);
            e.Property(x => x.Outcome).HasMaxLength(LongText);
            e.Property(x => x.DecidedByUserId).HasMaxLength(ShortText);
            e.Property(x => x.RequestedByUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => new { x.Status, x.DueBy });
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<DecisionRecord>().WithMany().HasForeignKey(x => x.DecisionId);
        });

        b.Entity<ApplicationNote>(e =>
        {
            e.ToTable("Notes");
            e.Property(x => x.Text).HasMaxLength(LongText);
            e.Property(x => x.AuthorUserId).HasMaxLength(ShortText);
            e.HasIndex(x => new { x.ApplicationId, x.CreatedAt });
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AuthorOrganisationId);
        });

        b.Entity<ApplicationAlert>(e =>
        {
            e.ToTable("Alerts");
            e.Property(x => x.Text).HasMaxLength(LongText);
            e.Property(x => x.AuthorUserId).HasMaxLength(ShortText);
            e.HasIndex(x => x.ApplicationId);
            e.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId);
        });

        b.Entity<OutboxMessage>(e =>
        {
            e.HasKey(x => x.Position);
            e.Property(x => x.Position).ValueGeneratedOnAdd();
            e.Property(x => x.Type).HasMaxLength(ShortText);
            e.Property(x => x.EntityType).HasMaxLength(ShortText);
            e.Property(x => x.EntityId).HasMaxLength(ShortText);
            e.Property(x => x.LastError).HasMaxLength(LongText);
            e.HasIndex(x => x.EventId).IsUnique();
            // The feed: a partnership's events after a cursor; an organisation's events after a cursor.
            e.HasIndex(x => new { x.PartnershipId, x.Position });
            e.HasIndex(x => new { x.OrganisationId, x.Position });
            // The dispatcher: undelivered messages due for a (re)try.
            e.HasIndex(x => new { x.DispatchedAt, x.NextAttemptAt });
        });

        b.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("IdempotencyKeys");
            e.Property(x => x.Scope).HasMaxLength(ShortText);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.HasIndex(x => new { x.Scope, x.Key }).IsUnique();
            e.HasIndex(x => x.ExpiresAt);
        });

        b.Entity<AuditEntry>(e =>
        {
            e.ToTable(AuditLog.TableName);
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.ActorId).HasMaxLength(ShortText);
            e.Property(x => x.EntityType).HasMaxLength(ShortText);
            e.Property(x => x.EntityId).HasMaxLength(ShortText);
            e.Property(x => x.Action).HasMaxLength(ShortText);
            e.Property(x => x.Reason).HasMaxLength(LongText);
            e.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength();
            e.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
            e.HasIndex(x => new { x.EntityType, x.EntityId });
        });

        foreach (var entity in b.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Namespace?.StartsWith("OpenLettings", StringComparison.Ordinal) == true))
        {
            // Ids are made by the application (version 7 GUIDs), so a new row reached through a navigation is an insert.
            if (entity.FindPrimaryKey() is { Properties: [{ ClrType: var keyType } key] } && keyType == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
            if (typeof(VersionedEntity).IsAssignableFrom(entity.ClrType))
            {
                b.Entity(entity.ClrType).Property(nameof(VersionedEntity.Version)).IsConcurrencyToken();
            }
            foreach (var fk in entity.GetForeignKeys())
            {
                fk.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Set by <see cref="AuditLog"/> while it saves an entry it has chained.</summary>
    internal bool AppendingAudit { get; set; }

    /// <summary>
    /// Takes the write lock on one application for the rest of the current transaction (PostgreSQL: a row lock;
    /// SQLite: the database write lock), so that checks and inserts that depend on it — the bid limit, one bid
    /// while shortlisted — run one at a time per applicant. Call inside a transaction. Returns the rows locked
    /// (0 when there is no such application).
    /// </summary>
    public Task<int> LockApplicationAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"Applications\" SET \"Version\" = \"Version\" WHERE \"Id\" = {applicationId}", cancellationToken);

    /// <summary>As <see cref="LockApplicationAsync"/>, for an advert (one let, one shortlist at a time).</summary>
    public Task<int> LockAdvertAsync(Guid advertId, CancellationToken cancellationToken = default) =>
        Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"Adverts\" SET \"Version\" = \"Version\" WHERE \"Id\" = {advertId}", cancellationToken);

    /// <summary>As <see cref="LockApplicationAsync"/>, for a home (one direct match at a time).</summary>
    public Task<int> LockPropertyAsync(Guid propertyId, CancellationToken cancellationToken = default) =>
        Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"Properties\" SET \"Version\" = \"Version\" WHERE \"Id\" = {propertyId}", cancellationToken);

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                NormaliseInstantsToUtc(entry);
            }
            switch (entry.Entity)
            {
                case AuditEntry when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException("The audit log is append-only: an entry cannot be changed or deleted.");
                case AuditEntry when entry.State == EntityState.Added && !AppendingAudit:
                    throw new InvalidOperationException("Audit entries are added only through AuditLog.AppendAsync, which chains them.");
                case ApplicationNote or ApplicationVersion when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are append-only.");
                case VersionedEntity versioned when entry.State == EntityState.Modified:
                    var property = entry.Property(nameof(VersionedEntity.Version));
                    // The WHERE clause uses the original value; the row gets the next one.
                    versioned.Version = (long)property.OriginalValue! + 1;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Instants are stored in UTC on both databases (PostgreSQL refuses any other offset; SQLite would keep only
    /// the instant): an instant given with an offset, such as UK summer time, is saved as the same instant in UTC.
    /// </summary>
    private static void NormaliseInstantsToUtc(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is DateTimeOffset { Offset.Ticks: not 0 } instant)
            {
                property.CurrentValue = instant.ToUniversalTime();
            }
        }
    }
}

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks (SQLite): exact, sortable, comparable. Read back in UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>The databases the register runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite: the embedded default (one file, one node).</summary>
    Sqlite,
    /// <summary>PostgreSQL: production, several nodes.</summary>
    Postgres,
}
