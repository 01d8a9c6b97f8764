import ArgumentParser
import PodiumApp
import PodiumCore

extension Role: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension AppState.View: ExpressibleByArgument {}
