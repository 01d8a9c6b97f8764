import PodiumCore

extension AppState {
    /// The role table as the file now holds it. An organiser's revoke reaches a terminal that is
    /// already open: once the table no longer lets this account take its role, the screen stops
    /// changing anything at once (it watches, and says why), and a grant given back lets it
    /// change the event again, without reopening.
    public mutating func adopt(_ grants: RoleGrants) {
        roleGrants = grants
        guard let account, view == .main else { return }
        let allowed = grants.allows(role, for: account, fileOwner: fileOwner)
        if !allowed, !isReadOnly {
            isReadOnly = true
            watchOnly = .roleRevoked(role)
            sync = .readOnly
            notice = readOnlyNotice
        } else if allowed, watchOnly == .roleRevoked(role) {
            isReadOnly = false
            watchOnly = nil
            sync = .synced
            notice = strings.access.roleGivenBack(strings.roleName(role))
        }
    }
}
