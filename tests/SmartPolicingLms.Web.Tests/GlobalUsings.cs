// The app's kernels, as its own code sees them (src/SmartPolicingLms.Web/GlobalUsings.cs).
global using SmartPolicingLms.Web.Audit;
global using SmartPolicingLms.Web.Data;
global using SmartPolicingLms.Web.Forms;
global using SmartPolicingLms.Web.Hosting;
global using SmartPolicingLms.Web.Links;
global using SmartPolicingLms.Web.Security;
global using SmartPolicingLms.Web.Text;
