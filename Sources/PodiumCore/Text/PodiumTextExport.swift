// The sanitiser's rules are shared with the terminal, which cannot import the domain; every
// user of the domain sees them as part of it, as before they moved to their own module.
@_exported import PodiumText
