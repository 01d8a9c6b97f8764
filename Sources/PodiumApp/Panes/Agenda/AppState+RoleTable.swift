import PodiumCore

/// V: the event's role table in a form. Its first lines show the table as it is and the rules
/// no row changes; the fields take one grant or revoke, checked here as the store will apply it.
extension AppState {
    mutating func editRoleTable() {
        let s = strings.access
        overlay = .form(Form(
            title: s.title,
            fields: zip(s.fields, ["", "", s.grantWord]).map { Form.Field(label: $0, value: $1) },
            purpose: .roleTable, notes: roleTableNotes
        ))
    }

    /// The table one row a grantee ("lan: MC, Ban tổ chức"), then the fixed rules.
    var roleTableNotes: [String] {
        let s = strings.access
        var byGrantee: [(Grantee, [Role])] = []
        for grant in roleGrants.grants {
            if let last = byGrantee.indices.last, byGrantee[last].0 == grant.grantee {
                byGrantee[last].1.append(grant.role)
            } else {
                byGrantee.append((grant.grantee, [grant.role]))
            }
        }
        let rows = byGrantee.map { grantee, roles in s.row(grantee.written, roles.map(roleWord).joined(separator: ", ")) }
        return (rows.isEmpty ? [s.emptyTable] : rows) + [s.rules(fileOwner)]
    }

    mutating func submitRoleTable(_ form: inout Form) {
        let s = strings.access
        let typedGrantee = form.value(0).trimmingCharacters(in: .whitespaces)
        let typedRole = form.value(1).trimmingCharacters(in: .whitespaces)
        let typedChange = VietnameseText.folded(form.value(2).trimmingCharacters(in: .whitespaces))
        var refusal: String?
        if let grantee = Grantee(parsing: typedGrantee) {
            if let role = Self.role(typed: typedRole) {
                let grant = RoleGrant(grantee, role)
                let granting = [Language.vi.strings.access.grantWord, Language.en.strings.access.grantWord].map(VietnameseText.folded).contains(typedChange)
                let revoking = [Language.vi.strings.access.revokeWord, Language.en.strings.access.revokeWord].map(VietnameseText.folded).contains(typedChange)
                let who = s.grantee(grantee)
                // The notice is replaced by the store's reason if the write is refused.
                if granting {
                    if roleGrants.contains(grant) {
                        refusal = s.alreadyGranted(who, roleWord(role))
                    } else {
                        effects.append(.grantRole(grant))
                        notice = s.granted(who, roleWord(role))
                    }
                } else if revoking {
                    if roleGrants.contains(grant) {
                        effects.append(.revokeRole(grant))
                        notice = s.revoked(who, roleWord(role))
                    } else {
                        refusal = s.notGranted(who, roleWord(role))
                    }
                } else {
                    refusal = s.badChange(form.value(2))
                }
            } else {
                refusal = s.badRole(typedRole)
            }
        } else {
            refusal = s.badGrantee(typedGrantee)
        }
        if let refusal {
            form.error = refusal
            overlay = .form(form)
        }
    }

    /// A role as typed: its flag word ("mc") or its name in either language ("Lễ tân", "le tan").
    static func role(typed text: String) -> Role? {
        let folded = VietnameseText.folded(text)
        return Role.allCases.first { role in
            [role.rawValue, Language.vi.strings.roleName(role), Language.en.strings.roleName(role)].map(VietnameseText.folded).contains(folded)
        }
    }

    private func roleWord(_ role: Role) -> String { strings.roleName(role) }
}
