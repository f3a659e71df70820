# The class's attribute written through the class too: instances that never wrote it read the new
# value, so the refusal stands.
class Config:
    level = 1

    def raise_level(self):
        self.level += 1


c = Config()
d = Config()
Config.level = 5
c.raise_level()
print(c.level, d.level)
