# Validate a batch of records concurrently; collect failures with their field names, keep the good ones.
import asyncio


class FieldError(Exception):
    def __init__(self, field):
        super().__init__(f"bad {field}")
        self.field = field


RECORDS = [{"id": 1, "email": "a@x"}, {"id": 2, "email": ""}, {"id": 3, "email": "c@x"}]
good = []
bad_fields = []


async def validate(record):
    await asyncio.sleep(0.001 * record["id"])
    if not record["email"]:
        raise FieldError("email")
    return record["id"]


async def main():
    results = await asyncio.gather(validate(RECORDS[0]), validate(RECORDS[1]), validate(RECORDS[2]), return_exceptions=True)
    for r in results:
        if isinstance(r, FieldError):
            bad_fields.append(r.field)
        else:
            good.append(r)


asyncio.run(main())
print(f"good={good} bad={bad_fields}")
