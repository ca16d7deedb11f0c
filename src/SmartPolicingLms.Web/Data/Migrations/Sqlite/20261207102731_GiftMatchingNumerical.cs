using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GiftMatchingNumerical : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Match",
                table: "CourseQuestionOption",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "NumberTolerance",
                table: "CourseQuestionOption",
                type: "TEXT",
                precision: 28,
                scale: 10,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "NumberValue",
                table: "CourseQuestionOption",
                type: "TEXT",
                precision: 28,
                scale: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Match",
                table: "CourseQuestionOption");

            migrationBuilder.DropColumn(
                name: "NumberTolerance",
                table: "CourseQuestionOption");

            migrationBuilder.DropColumn(
                name: "NumberValue",
                table: "CourseQuestionOption");
        }
    }
}
