import hashlib
import threading
errors = []
def digest(text):
    try:
        hashlib.sha256(text)
    except TypeError:
        errors.append('bytes needed')
t = threading.Thread(target=digest, args=('abc',))
t.start()
t.join()
print(errors)
