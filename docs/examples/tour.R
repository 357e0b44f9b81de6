# CoGov's cases in R: the wide table from Parquet (arrow) and from Stata (haven).
#
#   cogov export data/paper-cases.yaml --to parquet -o cases.parquet
#   cogov export data/paper-cases.yaml --to dta -o cases.dta
#   Rscript docs/examples/tour.R cases.parquet cases.dta
#
# A list not reported stays NA in its 0/1 columns; a list coded as none is 0.
args <- commandArgs(trailingOnly = TRUE)
parquet <- if (length(args) >= 1) args[[1]] else "cases.parquet"
dta <- if (length(args) >= 2) args[[2]] else "cases.dta"

cases <- arrow::read_parquet(parquet)
cat("cases:", nrow(cases), "\n")
print(table(type = cases$type_name, mode = cases$mode, useNA = "ifany"))
# share of the cases reporting their mechanisms that use a joint conference
cat("joint conference:", mean(cases$mechanism_joint_conference, na.rm = TRUE), "\n")

stata <- haven::read_dta(dta)
stopifnot(nrow(stata) == nrow(cases), identical(stata$id, cases$id))
cat("Stata label of mechanism_forum:", attr(stata$mechanism_forum, "label"), "\n")
