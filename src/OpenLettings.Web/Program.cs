using OpenLettings.Web;

var app = OpenLettingsHost.Build(args);
await OpenLettingsHost.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point marker, used by WebApplicationFactory in host tests.</summary>
public partial class Program;
