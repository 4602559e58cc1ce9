import { describe, expect, it } from 'vitest'
import { routeRequest } from '../../../tools/classroom/sites'

describe('routeRequest', () => {
  it('sends Slidev\'s presenter view, which would carry the notes, to the remote', () => {
    expect(routeRequest('/presenter')).toEqual({ redirect: '/remote' })
    expect(routeRequest('/presenter/7')).toEqual({ redirect: '/remote' })
  })

  it('matches routes whatever their case or encoding, as the deck\'s router does', () => {
    expect(routeRequest('/Presenter/1')).toEqual({ redirect: '/remote' })
    expect(routeRequest('/PRESENTER')).toEqual({ redirect: '/remote' })
    expect(routeRequest('/%70resenter/2')).toEqual({ redirect: '/remote' })
    expect(routeRequest('/Join/assets/App.js')).toEqual({ site: 'join', path: '/assets/App.js' })
  })

  it('serves the student app at /join and the remote at /remote, with paths inside them', () => {
    expect(routeRequest('/join')).toEqual({ site: 'join', path: '/' })
    expect(routeRequest('/join/assets/app.js')).toEqual({ site: 'join', path: '/assets/app.js' })
    expect(routeRequest('/remote/')).toEqual({ site: 'remote', path: '/' })
  })

  it('leaves everything else to the projector deck', () => {
    expect(routeRequest('/3')).toEqual({ site: 'projector', path: '/3' })
    expect(routeRequest('/joined')).toEqual({ site: 'projector', path: '/joined' })
    expect(routeRequest('/presenters')).toEqual({ site: 'projector', path: '/presenters' })
  })
})
