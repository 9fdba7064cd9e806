# Layer rules, checked at configure time. A layer may link only the layers below it:
#   models/domain <- models/storage, models/exchange, models/overview <- models <- models/timeline
#   <- models/report <- views <- app
# samspill_forbid_links(TARGET FORBIDDEN ...) fails the configuration when TARGET can compile
# against any of the FORBIDDEN targets, directly or through the layers it links.

# Collects what TARGET can compile against: everything it links itself, and then, transitively,
# the usage requirements (INTERFACE_LINK_LIBRARIES) of those. Link-only dependencies of static
# libraries ($<LINK_ONLY:...>) are not usage requirements and are not followed.
function(_samspill_collect_links target out_var)
    set(seen "")
    get_target_property(pending ${target} LINK_LIBRARIES)
    if(NOT pending)
        set(pending "")
    endif()
    while(pending)
        list(POP_FRONT pending current)
        if(NOT TARGET ${current})
            continue()
        endif()
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            set(current ${aliased})
        endif()
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(iface ${current} INTERFACE_LINK_LIBRARIES)
        foreach(link IN LISTS iface)
            if(NOT link MATCHES "^\\$<LINK_ONLY:")
                list(APPEND pending ${link})
            endif()
        endforeach()
    endwhile()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(samspill_forbid_links target)
    set(reached "")
    _samspill_collect_links(${target} reached)
    foreach(forbidden IN LISTS ARGN)
        if(TARGET ${forbidden})
            get_target_property(aliased ${forbidden} ALIASED_TARGET)
            if(aliased)
                set(forbidden ${aliased})
            endif()
        endif()
        if(forbidden IN_LIST reached)
            message(FATAL_ERROR "Layer violation: ${target} links ${forbidden}")
        endif()
    endforeach()
endfunction()
