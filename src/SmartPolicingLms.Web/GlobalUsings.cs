// The kernels every feature may use: the data model, who is asking and what they may do, forms and refusals, hosting
// and local time, the audit log, the site's addresses, the interface's languages, shared wording and the scope of reports. Features never import one another except
// through these (a test reads the using lines to keep it so).
global using SmartPolicingLms.Web.Audit;
global using SmartPolicingLms.Web.Data;
global using SmartPolicingLms.Web.Forms;
global using SmartPolicingLms.Web.Hosting;
global using SmartPolicingLms.Web.Links;
global using SmartPolicingLms.Web.Localization;
global using SmartPolicingLms.Web.Pdf;
global using SmartPolicingLms.Web.Reporting;
global using SmartPolicingLms.Web.Security;
global using SmartPolicingLms.Web.Text;
global using Microsoft.Extensions.Localization;
