def build(**kw):
    return kw['name'].upper() + kw['age']

person = build(
    name='ann',
    age=31,
    city='oslo',
    country='no',
    email='ann@example.com',
)
