import ArgumentParser
import PodiumApp
import PodiumCore

extension Role: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
