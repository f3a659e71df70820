# bug: a list as a class attribute is shared by every instance, so each registry sees the other's plugins
import threading


class Registry:
    plugins = []

    def __init__(self, name):
        self.name = name

    def add(self, plugin):
        self.plugins.append(plugin)


core = Registry("core")
extra = Registry("extra")
t1 = threading.Thread(target=core.add, args=("auth",))
t2 = threading.Thread(target=extra.add, args=("search",))
t1.start()
t2.start()
t1.join()
t2.join()
core_count = len(core.plugins)
print(core_count)
assert core_count == 1, "plugins leaked between registries"
