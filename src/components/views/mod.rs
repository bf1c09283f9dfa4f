//! What an address shows: the page's shell, the list of links (with its rows, filter and paging),
//! one link's details (with its actions, Unleash's check, who joined and its history), and "not found".

mod bulk_disable_bar;
mod empty_list;
mod invite_links_page;
mod joined_people;
mod link_actions;
mod link_details;
mod link_history;
mod link_list;
mod link_row;
mod link_table;
mod more_links;
mod not_found;
mod rows_table;
mod search_field;
mod shown_links;
mod state_filter_select;
mod validity_check;

pub use bulk_disable_bar::BulkDisableBar;
pub use empty_list::EmptyList;
pub use invite_links_page::InviteLinksPage;
pub use joined_people::JoinedPeople;
pub use link_actions::LinkActions;
pub use link_details::LinkDetailsView;
pub use link_history::LinkHistory;
pub use link_list::LinkListView;
pub use link_row::LinkRow;
pub use link_table::LinkTable;
pub use more_links::{MoreLinks, LINKS_PER_PAGE};
pub use not_found::NotFound;
pub use rows_table::RowsTable;
pub use search_field::SearchField;
pub use shown_links::ShownLinks;
pub use state_filter_select::StateFilterSelect;
pub use validity_check::ValidityCheck;
