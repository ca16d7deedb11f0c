using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateRevocationGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
