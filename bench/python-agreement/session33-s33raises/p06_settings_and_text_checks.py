# A settings-from-keywords constructor called from two places with the same keywords, and readers that
# check each setting's text with float() first (a bad "timeout" text is rejected, not parsed), racing on
# a shared count of good settings.
import threading


class Settings:
    def __init__(self, name, **kwargs):
        self.name = name
        for key, value in kwargs.items():
            setattr(self, key, value)


primary = Settings("primary", timeout="2.5", ratio="0.75")
backup = Settings("backup", timeout="soon", ratio="1e-2")
good = 0


def audit(settings):
    global good
    for text in (settings.timeout, settings.ratio):
        try:
            float(text)
        except ValueError:
            continue
        good += 1


threads = [threading.Thread(target=audit, args=(s,)) for s in (primary, backup)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(good)
