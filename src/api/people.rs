//! Settings → Team: the owner's seat adds, lists and removes the people of
//! the team database and resets their passwords, as `leadledger team
//! add-user` and its siblings do. The work is the store's (`store::people`,
//! the server's own functions). A seat whose role is not the owner's is
//! refused up front with `forbidden` (`Session::require`); a file and the
//! demo are refused by the store, with `invalid`.
//! A password crosses the boundary once, to be handed to the server, and
//! is kept nowhere.

use super::dto::{PersonDto, PersonInput};
use super::{no_company, Session};
use crate::error::Result;
use crate::role::Act;
use crate::store::Store;

impl Session {
    /// The people of the team database, by login.
    pub fn team_people(&self) -> Result<Vec<PersonDto>> {
        self.require(Act::People)?;
        self.people_of(|_| Ok(()))
    }

    /// Adds a person (a new login with the password given, or a login the
    /// server has already, which keeps its own); the list as it now is.
    pub fn add_team_person(&self, person: PersonInput) -> Result<Vec<PersonDto>> {
        self.require(Act::People)?;
        let role = person.role.get()?;
        self.people_of(|store| {
            let password = if store.login_exists(&person.login)? {
                None
            } else {
                Some(person.password.as_deref().unwrap_or_default())
            };
            store.add_person(&person.login, role, password)
        })
    }

    /// Removes a person from the team; the list as it now is.
    pub fn remove_team_person(&self, login: String) -> Result<Vec<PersonDto>> {
        self.require(Act::People)?;
        self.people_of(|store| store.remove_person(&login))
    }

    /// Gives a person a new password.
    pub fn reset_team_password(&self, login: String, password: String) -> Result<()> {
        self.require(Act::People)?;
        let st = self.lock();
        let store = st.store.as_ref().ok_or_else(no_company)?;
        store.reset_password(&login, &password)
    }

    /// Runs `change` on the open store, then lists the people.
    fn people_of(&self, change: impl FnOnce(&Store) -> Result<()>) -> Result<Vec<PersonDto>> {
        let st = self.lock();
        let store = st.store.as_ref().ok_or_else(no_company)?;
        change(store)?;
        Ok(store
            .people()?
            .into_iter()
            .map(|p| PersonDto {
                login: p.login,
                role: p.role,
            })
            .collect())
    }
}
