//! Sharing groups: named sets of members that intelligence is released to at once.

use serde_json::json;

use crate::audit::model::AuditActor;
use crate::store::*;
use crate::{Actor, Error, Result, SharingGroup};

use crate::service::*;

impl Center {
    pub async fn add_sharing_group(
        &self,
        by: Authority<'_>,
        name: &str,
        description: Option<&str>,
        members_visible: bool,
    ) -> Result<SharingGroup> {
        by.check()?;
        check_name("sharing group", name)?;
        if self.find_group(name).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a sharing group named '{name}' already exists"
            )));
        }
        let g = self
            .store
            .insert_sharing_group(NewSharingGroup {
                name: name.into(),
                description: description.map(str::to_string),
                members_visible,
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "group.add",
            name,
            json!({"members_visible": members_visible}),
        )
        .await?;
        Ok(g)
    }

    pub(crate) async fn find_group(&self, name: &str) -> Result<Option<SharingGroup>> {
        Ok(self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .find(|g| g.name == name))
    }

    /// Adds a member to a sharing group or removes it. It sees, or stops seeing, what was
    /// released to the group from its next request on.
    pub async fn set_group_member(
        &self,
        by: Authority<'_>,
        group: &str,
        member: &str,
        present: bool,
    ) -> Result<SharingGroup> {
        by.check()?;
        let g = self
            .find_group(group)
            .await?
            .ok_or(Error::NotFound("sharing group"))?;
        let m = self.member_by_name(member).await?;
        if self.store.set_group_member(g.id, m.id, present).await? {
            self.record(
                AuditActor::authority(&by),
                if present { "group.join" } else { "group.leave" },
                group,
                json!({"member": m.name}),
            )
            .await?;
        }
        self.find_group(group)
            .await?
            .ok_or(Error::NotFound("sharing group"))
    }

    /// Every sharing group with its members, for administrators.
    pub async fn sharing_groups(&self, by: Authority<'_>) -> Result<Vec<SharingGroup>> {
        by.check()?;
        self.store.sharing_groups().await
    }

    /// The sharing groups the actor's member is in. The other members are listed only where
    /// the group says its members may know each other.
    pub async fn my_sharing_groups(&self, actor: &Actor) -> Result<Vec<SharingGroup>> {
        if !actor.reader().active {
            return Ok(vec![]);
        }
        Ok(self
            .store
            .sharing_groups()
            .await?
            .into_iter()
            .filter(|g| actor.groups.contains(&g.id))
            .map(|mut g| {
                if !g.members_visible {
                    g.members = vec![actor.member.id];
                }
                g
            })
            .collect())
    }
}
