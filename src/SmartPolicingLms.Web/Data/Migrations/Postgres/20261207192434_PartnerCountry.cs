using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CountryCode",
                table: "PartnerOrganisations",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            // Existing organisations stay without a country (offered to no cohort until someone sets it), except the
            // organisations of the source report, whose countries are known: the demo seeds them under these names.
            migrationBuilder.Sql("""UPDATE "PartnerOrganisations" SET "CountryCode" = 'KG' WHERE "Name" IN ('Tais Plus', 'Sotsium')""");
            migrationBuilder.Sql("""UPDATE "PartnerOrganisations" SET "CountryCode" = 'GH' WHERE "Name" = 'WAPCAS'""");
            migrationBuilder.Sql("""UPDATE "PartnerOrganisations" SET "CountryCode" = 'KE' WHERE "Name" = 'KASH'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CountryCode",
                table: "PartnerOrganisations");
        }
    }
}
