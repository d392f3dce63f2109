using System.Globalization;

namespace OpenLettings.Domain.Common;

/// <summary>An amount in pounds sterling. Compared and added exactly (decimal), never as a float.</summary>
public readonly record struct Money(decimal Pounds) : IComparable<Money>
{
    /// <summary>Zero pounds.</summary>
    public static Money Zero => new(0m);

    /// <inheritdoc />
    public int CompareTo(Money other) => Pounds.CompareTo(other.Pounds);

    public static bool operator <(Money a, Money b) => a.Pounds < b.Pounds;
    public static bool operator >(Money a, Money b) => a.Pounds > b.Pounds;
    public static bool operator <=(Money a, Money b) => a.Pounds <= b.Pounds;
    public static bool operator >=(Money a, Money b) => a.Pounds >= b.Pounds;
    public static Money operator +(Money a, Money b) => new(a.Pounds + b.Pounds);
    public static Money operator -(Money a, Money b) => new(a.Pounds - b.Pounds);

    /// <summary>Formats as <c>£1,234.50</c>.</summary>
    public override string ToString() => "£" + Pounds.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
