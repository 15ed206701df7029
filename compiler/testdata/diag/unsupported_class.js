// kiln reports constructs it cannot compile yet, with their position.
class Point {}
