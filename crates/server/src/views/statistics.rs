//! Published statistics reports. The report itself is the domain's
//! [`domain::statistics::Report`], answered as it is.

use domain::statistics::ReportSummary;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportsView {
    pub reports: Vec<ReportSummary>,
}
