# Validating uploads with a pool: each file is checked in a job; bad files raise ValueError, which is
# caught per future in as_completed; the good ones' sizes are summed.
from concurrent.futures import ThreadPoolExecutor, as_completed

UPLOADS = [("a.csv", 120), ("b.exe", 40), ("c.csv", 300), ("d.txt", 0), ("e.csv", 75)]
accepted = {}
errors = []
total_size = 0


class EmptyFile(ValueError):
    pass


def validate(name, size):
    if not name.endswith((".csv", ".txt")):
        raise ValueError(f"bad type: {name}")
    if size == 0:
        raise EmptyFile(name)
    return size


with ThreadPoolExecutor(max_workers=2) as pool:
    future_to_name = {pool.submit(validate, n, s): n for n, s in UPLOADS}
    for future in as_completed(future_to_name):
        name = future_to_name[future]
        try:
            size = future.result()
        except EmptyFile:
            errors.append(f"empty:{name}")
        except ValueError as error:
            errors.append(str(error))
        else:
            accepted[name] = size
            total_size += size

print(f"accepted={dict(sorted(accepted.items()))} total={total_size} errors={sorted(errors)}")
