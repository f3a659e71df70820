# setattr on a class attribute (a registry kept on the class) from a thread.
import threading


class Registry:
    version = 1


def bump():
    setattr(Registry, "version", Registry.version + 1)


t = threading.Thread(target=bump)
t.start()
t.join()
print(Registry.version)
