#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

namespace App {

// The data a new database starts with: the Nord-Trøndelag programme and the knowledge library,
// read from the exchange files embedded from resources/seed/ by the same reader as any import.
class Seed
{
public:
    static Domain::Result<Domain::Portfolio> portfolio();
};

} // namespace App
